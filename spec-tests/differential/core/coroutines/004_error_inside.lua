-- An error inside a coroutine is returned by resume; the coroutine is dead.
local co = coroutine.create(function() local x = nil; return x.field end)
print(coroutine.resume(co))
print(coroutine.status(co))
local co2 = coroutine.create(function() coroutine.yield(1) error("later", 0) end)
print(coroutine.resume(co2))
print(coroutine.resume(co2))
print(coroutine.resume(co2))
