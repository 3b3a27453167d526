-- 5.1 quirk: every vararg function has a hidden local 'arg'; when the body uses '...',
-- that local is nil (it still shadows the global 'arg').
local function f(...) local x = ... return arg end
print(f(1, 2))
local function g(...) return type(arg), arg.n end
print(g(1, 2))
print(type(arg))  -- the main chunk has no hidden 'arg': this is the script's global arg table
