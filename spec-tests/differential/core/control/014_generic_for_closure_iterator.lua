-- A closure-based iterator carrying its own state.
local function range(n, step)
  local i = 0
  return function()
    i = i + (step or 1)
    if i <= n then return i end
  end
end
for i in range(5) do io.write(i, " ") end print()
for i in range(10, 3) do io.write(i, " ") end print()
