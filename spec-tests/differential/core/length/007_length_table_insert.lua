-- table.insert and table.remove keep the sequence consistent.
local t = {}
table.insert(t, "a"); table.insert(t, "b"); table.insert(t, 1, "z")
print(#t, table.concat(t, ","))
table.remove(t, 1)
print(#t, table.concat(t, ","))
table.remove(t)
print(#t, table.concat(t, ","))
