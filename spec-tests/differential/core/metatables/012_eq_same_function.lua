-- __eq is used only when both operands are tables with the same __eq metamethod.
local function eq(a, b) return a.v == b.v end
local A = setmetatable({v = 1}, {__eq = eq})
local B = setmetatable({v = 1}, {__eq = eq})
local C = setmetatable({v = 1}, {__eq = function(a, b) return a.v == b.v end})
local D = {v = 1}
print(A == B, A ~= B, A == C, A == D, D == A)
