-- A chunk from loadstring is vararg and receives call arguments.
local f = loadstring("local a, b = ... return b, a, select('#', ...)")
print(f(1, 2, 3))
local g = loadstring("return select('#', ...)")
print(g(), g(nil), g(1, 2))
