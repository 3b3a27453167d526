-- Assignment adjusts the value list to the target list.
local function f() return 1, 2, 3 end
local a, b, c, d, e = f(), f()
print(a, b, c, d, e)
local x, y = f()
print(x, y)
