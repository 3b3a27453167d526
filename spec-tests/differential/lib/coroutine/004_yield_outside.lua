-- coroutine.yield outside any coroutine is an error
print(pcall(coroutine.yield))
print(pcall(coroutine.yield, 1, 2))
print(pcall(function() coroutine.yield() end))
print(pcall(function() local y = coroutine.yield; y("v") end))
local ok, e = pcall(coroutine.yield)
print(type(e), #e)
