-- a coroutine and the main chunk share upvalues
local counter = 0
local co = coroutine.wrap(function()
  while true do counter = counter + 1; coroutine.yield() end
end)
co(); co(); co()
print(counter)
counter = 100
co()
print(counter)
