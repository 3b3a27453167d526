-- A closure can capture arguments of a vararg function via a table.
local function bind(f, ...)
  local args = {...}
  local n = select("#", ...)
  return function() return f(unpack(args, 1, n)) end
end
print(bind(math.max, 3, 9, 4)())
print(bind(select, "#", nil, nil)())
