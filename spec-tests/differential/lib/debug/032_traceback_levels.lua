-- debug.traceback with explicit levels
local function inner(level) return debug.traceback("L" .. level, level) end
local function outer(level) local r = inner(level) return r end
for level = 0, 4 do print(outer(level)) end
local co = coroutine.create(function() coroutine.yield() end)
coroutine.resume(co)
print(debug.traceback(co, "co level 1", 1))
