-- uncaught "wrong number of arguments to 'insert'"
local t = {}
print(pcall(table.insert, t))
table.insert(t, 1)
print(#t)
table.insert(t, 1, 2, 3)
