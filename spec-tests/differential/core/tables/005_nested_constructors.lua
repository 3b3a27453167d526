-- Nested table constructors.
local t = {{1, 2}, {3, {4, 5}}, name = {first = "a", last = "b"}}
print(t[1][2], t[2][2][1], t[2][2][2], t.name.first .. t.name.last, #t, #t[2])
local m = {{1, 0}, {0, 1}}
print(m[1][1] + m[2][2], #m, #m[1])
