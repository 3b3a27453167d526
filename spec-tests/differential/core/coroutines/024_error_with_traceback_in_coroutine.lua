-- debug.traceback of a coroutine that died with an error.
local co = coroutine.create(function() local function f() error("co failure") end f() end)
print(coroutine.resume(co))
print(debug.traceback(co))
print(coroutine.status(co))
