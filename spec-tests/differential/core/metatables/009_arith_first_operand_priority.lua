-- The first operand's metamethod is used if present, else the second's.
local A = setmetatable({}, {__add = function() return "A's" end})
local B = setmetatable({}, {__add = function() return "B's" end})
local plain = {}
print(A + B, B + A, plain + A, A + plain)
print(pcall(function() return plain + plain end))
