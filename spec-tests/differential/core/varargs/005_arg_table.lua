-- 5.1 compatibility: a vararg function that does not use '...' gets a local 'arg' table with n.
function f(...) return arg.n, arg[1], arg[2], arg[3] end
print(f())
print(f("a", nil, "c"))
local function g(a, ...) return a, arg and arg.n end
print(g(1, 2, 3))
