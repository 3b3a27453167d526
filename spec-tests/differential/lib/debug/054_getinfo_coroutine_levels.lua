-- getinfo on suspended, dead and fresh coroutines
local co = coroutine.create(function() coroutine.yield() end)
print(debug.getinfo(co, 0))
coroutine.resume(co)
print(debug.getinfo(co, 0, "S").what, debug.getinfo(co, 1, "S").what, debug.getinfo(co, 2))
coroutine.resume(co)
print(coroutine.status(co), debug.getinfo(co, 0))
