-- A failing xpcall (handler returning its message) followed by an uncaught rethrow.
local ok, msg = xpcall(function() local t = nil; return t[1] end, function(m) return "handled: " .. m end)
print(ok, msg)
error(msg, 0)
print("not reached")
