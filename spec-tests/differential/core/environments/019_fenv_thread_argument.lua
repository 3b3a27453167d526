-- The base library's getfenv/setfenv take functions or levels, not coroutine objects.
local co = coroutine.create(function() return 1 end)
print(pcall(getfenv, co))
print(pcall(setfenv, co, {}))
print(getfenv(coroutine.wrap(function() end)) == _G)
