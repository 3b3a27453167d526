-- Right-hand side calls are all evaluated (left to right) before assignment.
local order = {}
local function f(x) order[#order + 1] = x return x end
local a, b, c = f(1), f(2), f(3)
print(a, b, c, table.concat(order, ","))
