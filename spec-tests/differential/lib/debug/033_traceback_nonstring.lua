-- debug.traceback returns a non-string message unchanged
local t = {}
print(debug.traceback(t) == t)
print(debug.traceback(12))
print(debug.traceback(nil))
print(debug.traceback(true))
