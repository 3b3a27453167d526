-- wrap: a loop producing a long sequence
local counter = coroutine.wrap(function()
  local i = 0
  while true do i = i + 1; coroutine.yield(i) end
end)
local sum = 0
for i = 1, 1000 do sum = sum + counter() end
print(sum)
