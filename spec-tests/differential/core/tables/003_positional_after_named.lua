-- Positional fields are numbered from 1 regardless of named fields in between.
local t = {x = "x", "a", y = "y", "b", [10] = "ten", "c"}
print(t[1], t[2], t[3], t.x, t.y, t[10], #t)
local u = {[1] = "one", [2] = "two", "pos"}
print(u[1], u[2], #u)
