-- ... in the middle of a list is truncated to one value.
local function f(...) return ..., "end" end
print(f(1, 2, 3))
print(f())
local function g(...) return "start", ... end
print(g(1, 2, 3))
