-- Locals survive across yields.
local co = coroutine.wrap(function()
  local acc = {}
  for i = 1, 3 do acc[#acc + 1] = coroutine.yield(#acc) end
  return table.concat(acc, ",")
end)
print(co(), co("a"), co("b"), co("c"))
