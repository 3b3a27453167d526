-- __lt is used for < and > (operands swapped).
local mt = {__lt = function(a, b) return a.v < b.v end}
local function N(v) return setmetatable({v = v}, mt) end
print(N(1) < N(2), N(2) < N(1), N(1) > N(2), N(2) > N(1))
local t = {N(3), N(1), N(2)}
table.sort(t)
print(t[1].v, t[2].v, t[3].v)
