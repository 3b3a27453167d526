-- wrap: a coroutine finished with an error cannot be called again
local w = coroutine.wrap(function() error("first call fails") end)
print(pcall(w))
print(pcall(w))
local co = coroutine.create(function() error("x") end)
print(coroutine.resume(co))
print(coroutine.resume(co))
