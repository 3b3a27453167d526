-- Tail calling a C function works like any call.
local function f(s) return string.upper(s) end
local function g(...) return select("#", ...) end
local function h() return g(1, nil, 3) end
print(f("abc"), h())
