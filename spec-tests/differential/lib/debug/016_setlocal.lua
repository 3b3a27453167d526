-- debug.setlocal changes a local of a running function and returns its name
local function f()
  local a, b = 1, 2
  local function change() return debug.setlocal(2, 2, "changed") end
  local r = change()
  return a, b, r
end
print(f())
local x = 10
print(debug.setlocal(1, 2, 20), x)
print(debug.setlocal(1, 100, 0))
print(pcall(debug.setlocal, 100, 1, 0))
