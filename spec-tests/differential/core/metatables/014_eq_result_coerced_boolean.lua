-- The result of __eq, __lt and __le is converted to a boolean.
local mt = {__eq = function() return "yes" end, __lt = function() return 0 end, __le = function() return nil end}
local a, b = setmetatable({}, mt), setmetatable({}, mt)
print(a == b, a ~= b, a < b, a <= b, a > b, a >= b)
print(type(a == b), type(a < b))
