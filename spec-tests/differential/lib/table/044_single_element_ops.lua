-- insert/remove on empty and single-element tables
local t = {}
table.insert(t, 1, "only")
print(#t, t[1])
print(table.remove(t, 1), #t)
table.insert(t, "again")
print(table.remove(t), table.remove(t), #t)
