-- A tail call's results pass through unchanged.
local function g() return "a", nil, "c" end
local function f() return g() end
print(select("#", f()), f())
local function h() return (g()) end
print(select("#", h()), h())
