-- 5.1 compatibility: a vararg function that does not use '...' gets a local 'arg' table
local function old_style(...)
  local name, value = debug.getlocal(1, 1)
  return name, type(value), value and value.n
end
print(old_style("a", "b"))
local function new_style(...)
  local n = select('#', ...)
  local name = debug.getlocal(1, 1)
  return name
end
print(new_style(1, 2, 3))
local function named(a, ...)
  return debug.getlocal(1, 1), (debug.getlocal(1, 2))
end
print(named(1, 2))
