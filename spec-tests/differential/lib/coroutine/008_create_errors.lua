-- coroutine.create requires a Lua function
print(pcall(coroutine.create))
print(pcall(coroutine.create, 1))
print(pcall(function() return coroutine.create(print) end))
print(pcall(function() return coroutine.create({}) end))
print(type(coroutine.create(function() end)))
