-- All right-hand expressions are evaluated before any assignment.
local x, y = 1, 2
x, y = y, x
print(x, y)
local t = {1, 2, 3}
t[1], t[3] = t[3], t[1]
print(t[1], t[2], t[3])
local i = 1
i, t[i] = i + 1, "changed"
print(i, t[1], t[2])
