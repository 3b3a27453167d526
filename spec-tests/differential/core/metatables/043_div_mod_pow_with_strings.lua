-- Numeric strings use arithmetic, not metamethods; a table operand triggers them.
local mt = {__div = function(a, b) return "div" end, __mod = function() return "mod" end, __pow = function() return "pow" end}
local t = setmetatable({}, mt)
print("10" / "4", t / "4", "4" % t, t ^ 2)
print(2 ^ t, "9" % "4")
