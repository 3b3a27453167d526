-- __unm in 5.1 receives the operand twice.
local t = setmetatable({}, {__unm = function(a, b) return rawequal(a, b) and "same" or "different" end})
print(-t)
local u = setmetatable({}, {__unm = function(a) return "negated " .. type(a) end})
print(-u)
