-- status is dead after an error; resume of dead coroutine message
local co = coroutine.create(function() error("x") end)
print(coroutine.status(co))
coroutine.resume(co)
print(coroutine.status(co))
print(coroutine.resume(co))
