-- yield from a function called by the coroutine body (several Lua levels deep)
local function level3(x) return coroutine.yield("from level3", x) end
local function level2(x) return level3(x + 1) + 1 end
local co = coroutine.create(function(x) return level2(x) * 10 end)
print(coroutine.resume(co, 1))
print(coroutine.resume(co, 5))
print(coroutine.status(co))
