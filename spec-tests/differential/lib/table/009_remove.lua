-- table.remove: last element, positions, empty table
local t = {"a", "b", "c", "d"}
print(table.remove(t), table.concat(t, " "))
print(table.remove(t, 1), table.concat(t, " "))
print(table.remove(t, 2), table.concat(t, " "))
print(table.remove(t), #t)
print(table.remove(t), #t)
print(select('#', table.remove({})))
print(table.remove({}, 1))
local u = {1, 2, 3}
print(table.remove(u, 5), #u)
print(table.remove(u, 0), #u)
print(table.remove(u, "1"), #u)
