-- 5.1 getn ignores the n field (it is the # operator)
local t = {n = 10}
print(table.getn(t), #t)
t = {1, 2, 3, n = 1}
print(table.getn(t))
