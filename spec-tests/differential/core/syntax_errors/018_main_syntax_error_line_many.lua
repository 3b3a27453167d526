-- A syntax error deep in the main file: earlier lines never run.
print("line 2 never runs")
local t = {
  a = 1,
  b = 2
  c = 3,
}
