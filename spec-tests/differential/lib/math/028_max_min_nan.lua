-- math.max/min with NaN: the result depends on argument order (5.1 keeps the first unless a later one compares greater/less)
local nan = 0/0
local a, b = math.max(nan, 1), math.max(1, nan)
print(a ~= a, b)
local c, d = math.min(nan, 1), math.min(1, nan)
print(c ~= c, d)
