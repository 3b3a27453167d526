-- Multiple assignment into table fields and locals at once.
local t = {}
local a
a, t.x, t[2] = "A", "X", "two"
print(a, t.x, t[2])
t.x, t[2] = t[2], t.x
print(t.x, t[2])
