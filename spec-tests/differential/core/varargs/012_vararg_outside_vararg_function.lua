-- '...' outside a vararg function is a compile error.
print(loadstring("function f() return ... end"))
print(loadstring("function f(a) local t = {...} end"))
print(loadstring("return ...") ~= nil)
print(loadstring("local function f(...) return ... end") ~= nil)
