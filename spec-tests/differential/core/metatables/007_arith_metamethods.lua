-- __add __sub __mul __div __mod __pow __unm.
local mt = {}
local function V(x) return setmetatable({x = x}, mt) end
mt.__add = function(a, b) return V(a.x + b.x) end
mt.__sub = function(a, b) return V(a.x - b.x) end
mt.__mul = function(a, b) return V(a.x * b.x) end
mt.__div = function(a, b) return V(a.x / b.x) end
mt.__mod = function(a, b) return V(a.x % b.x) end
mt.__pow = function(a, b) return V(a.x ^ b.x) end
mt.__unm = function(a) return V(-a.x) end
local a, b = V(7), V(2)
print((a + b).x, (a - b).x, (a * b).x, (a / b).x, (a % b).x, (a ^ b).x, (-a).x)
