-- upvalue numbering follows first use in the function body
local x, y, z = 1, 2, 3
local function f() return z + x + y end
for i = 1, 4 do print(i, debug.getupvalue(f, i)) end
local function g() x = z; return y end
for i = 1, 3 do print(i, debug.getupvalue(g, i)) end
local function nested() return function() return y + x end end
print(debug.getupvalue(nested, 1), debug.getupvalue(nested(), 1))
