-- coroutine.status argument errors
print(pcall(coroutine.status))
print(pcall(coroutine.status, "x"))
print(pcall(function() return coroutine.status(nil) end))
print(pcall(function() return coroutine.status({}) end))
