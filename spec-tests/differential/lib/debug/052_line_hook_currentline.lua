-- inside a line hook, getinfo(2, "l").currentline equals the line argument
local mismatches, events = 0, 0
local function body()
  local a = 1
  local b = a + 1
  return b
end
debug.sethook(function(ev, line)
  local info = debug.getinfo(2, "lf")
  if info.func == body then
    events = events + 1
    if info.currentline ~= line then mismatches = mismatches + 1 end
  end
end, "l")
body()
debug.sethook()
print(events, mismatches)
