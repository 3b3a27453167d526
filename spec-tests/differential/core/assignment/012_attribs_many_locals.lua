-- Many locals in one statement, more values than names and vice versa.
local a, b, c, d, e, f, g, h = 1, 2, 3, 4, 5, 6, 7, 8
print(a + b + c + d + e + f + g + h)
local x, y, z = nil
print(x, y, z)
local u, v = 1, 2, 3, 4, 5
print(u, v)
