-- Multiple assignment: extra values dropped, missing ones nil.
local a, b, c = 1, 2
print(a, b, c)
local d, e = 1, 2, 3
print(d, e)
a, b, c = c, a
print(a, b, c)
