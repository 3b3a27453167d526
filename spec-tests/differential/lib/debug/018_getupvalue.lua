-- debug.getupvalue: names and values in order, out of range, C functions
local a, b = "A", {}
local function f() return a, b end
print(debug.getupvalue(f, 1))
print(select(1, debug.getupvalue(f, 2)), select(2, debug.getupvalue(f, 2)) == b)
print(debug.getupvalue(f, 3))
print(debug.getupvalue(f, 0))
print(debug.getupvalue(print, 1))
local gm = coroutine.wrap(function() end)
-- upvalues of C functions are not accessible from Lua in 5.1
print(select("#", debug.getupvalue(gm, 1)))
print(pcall(debug.getupvalue, 1, 1))
print(pcall(debug.getupvalue, f))
