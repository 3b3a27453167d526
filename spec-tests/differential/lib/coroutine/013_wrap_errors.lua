-- coroutine.wrap argument errors
print(pcall(coroutine.wrap))
print(pcall(coroutine.wrap, 5))
print(pcall(function() return coroutine.wrap(print) end))
print(pcall(function() return coroutine.wrap({}) end))
print(pcall(function() return coroutine.wrap(coroutine.create(function() end)) end))
