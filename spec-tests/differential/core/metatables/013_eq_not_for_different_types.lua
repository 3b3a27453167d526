-- __eq is never called for values of different types or for identical references.
local calls = 0
local mt = {__eq = function() calls = calls + 1 return true end}
local t = setmetatable({}, mt)
print(t == 1, t == "t", t == nil, t == t, calls)
local u = setmetatable({}, mt)
print(t == u, calls)
