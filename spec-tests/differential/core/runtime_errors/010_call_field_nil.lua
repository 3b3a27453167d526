-- Uncaught: attempt to call field 'missing' (a nil value).
print(pcall(function() local x = {} x.y() end) == false)
local m = {}
m.missing()
print("not reached")
