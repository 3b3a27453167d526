-- An uncaught error from a wrapped coroutine ends the program with a traceback.
local ok = coroutine.wrap(function() return "fine" end)
print(ok())
local f = coroutine.wrap(function() local t = nil; return t.x end)
f()
