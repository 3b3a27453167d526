-- __le is used for <= and >=.
local mt = {__le = function(a, b) return a.v <= b.v end, __lt = function(a, b) return a.v < b.v end}
local function N(v) return setmetatable({v = v}, mt) end
print(N(1) <= N(1), N(2) <= N(1), N(1) >= N(2), N(2) >= N(2))
print(pcall(function() return N(1) <= 1 end))
