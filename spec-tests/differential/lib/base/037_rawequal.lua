-- rawequal: bypasses __eq, compares primitives
local mt = {__eq = function() return true end}
local a, b = setmetatable({}, mt), setmetatable({}, mt)
print(a == b, rawequal(a, b), rawequal(a, a))
print(rawequal(1, 1.0), rawequal("a", "a"), rawequal(1, "1"))
print(rawequal(nil, nil), rawequal(nil, false))
print(pcall(rawequal, 1))
print(pcall(rawequal))
