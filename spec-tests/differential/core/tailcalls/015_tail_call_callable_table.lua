-- Tail-calling a table with __call.
local callable = setmetatable({}, {__call = function(self, a, b) return a + b end})
local function f(a, b) return callable(a, b) end
print(f(2, 3))
local function g(n) if n == 0 then return callable(n, 100) end return g(n - 1) end
print(g(1000))
