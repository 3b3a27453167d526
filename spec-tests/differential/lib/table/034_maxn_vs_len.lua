-- table.maxn versus # for tables with holes built by assignment
local t = {}
t[1] = 1; t[2] = 2; t[4] = 4
print(table.maxn(t))
t[100] = true
print(table.maxn(t))
t[100.5] = true
print(table.maxn(t))
