-- string.dump: loadstring of a dump behaves like the original function
local function add(a, b) return a + b, "sum" end
local d = string.dump(add)
print(type(d))
local f = loadstring(d)
print(f(2, 3))
local function fact(n) if n <= 1 then return 1 end local r = 1 for i = 2, n do r = r * i end return r end
print(loadstring(string.dump(fact))(10))
local g = loadstring(string.dump(function(...) return select('#', ...), ... end))
print(g(nil, "x"))
