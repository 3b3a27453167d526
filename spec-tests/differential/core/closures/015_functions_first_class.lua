-- Functions are values: passed, returned, stored.
local function apply(f, ...) return f(...) end
local function compose(f, g) return function(...) return f(g(...)) end end
local inc = function(x) return x + 1 end
local dbl = function(x) return x * 2 end
print(apply(inc, 1), compose(inc, dbl)(5), compose(dbl, inc)(5))
