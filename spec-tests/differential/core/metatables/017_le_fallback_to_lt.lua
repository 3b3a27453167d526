-- 5.1: without __le, a <= b is evaluated as not (b < a) using __lt.
local log = {}
local mt = {__lt = function(a, b) log[#log + 1] = a.v .. "<" .. b.v return a.v < b.v end}
local function N(v) return setmetatable({v = v}, mt) end
print(N(1) <= N(2), N(2) <= N(1), N(3) >= N(3))
print(table.concat(log, " "))
