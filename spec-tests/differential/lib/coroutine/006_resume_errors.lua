-- coroutine.resume: non-coroutine arguments, dead coroutine
print(pcall(coroutine.resume))
print(pcall(coroutine.resume, 1))
print(pcall(coroutine.resume, {}))
print(pcall(function() return coroutine.resume(print) end))
local co = coroutine.create(function() return 1 end)
print(coroutine.resume(co))
print(coroutine.resume(co))
print(coroutine.resume(co))
