-- Non-integer keys do not count towards #.
local t = {1, 2, 3, x = 1, y = 2, [0] = 0, [-1] = -1, [1.5] = 1.5}
print(#t)
t.x, t.y = nil, nil
print(#t)
t[4] = 4
print(#t)
