-- An inner function cannot use the enclosing function's '...'.
print(loadstring("function f(...) return function() return ... end end"))
print(loadstring("function f(...) local a = ... return function() return a end end") ~= nil)
print(loadstring("function f(...) return function(...) return ... end end") ~= nil)
local function outer(...) local t = {...} return function() return unpack(t) end end
print(outer(1, 2, 3)())
