-- table.getn: same as # for tables; argument errors
print(table.getn({}), table.getn({1, 2, 3}), table.getn({n = 5}))
print(table.getn({1, 2, nil, n = 2}))
print(pcall(function() return table.getn() end))
print(pcall(function() return table.getn("abc") end))
