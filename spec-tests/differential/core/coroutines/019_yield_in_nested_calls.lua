-- Yield from deep inside ordinary Lua calls in the coroutine.
local function deep(n) if n == 0 then return coroutine.yield("bottom") end return deep(n - 1) end
local co = coroutine.create(function() local r = deep(100) return "got " .. r end)
print(coroutine.resume(co))
print(coroutine.resume(co, "value"))
