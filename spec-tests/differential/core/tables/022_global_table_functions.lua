-- table.getn / table.maxn / table.setn exist in 5.1.
local t = {1, 2, 3, [10] = 10}
print(table.getn(t), table.maxn(t), table.maxn({}))
print(pcall(table.setn, t, 5))
print(table.getn({n = 10}), table.getn({1, 2, nil, 4}) >= 2)
