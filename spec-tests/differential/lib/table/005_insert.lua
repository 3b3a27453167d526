-- table.insert: append and positional forms
local t = {}
table.insert(t, "a")
table.insert(t, "b")
table.insert(t, 1, "c")
table.insert(t, 2, "d")
table.insert(t, #t + 1, "e")
print(table.concat(t, " "), #t)
table.insert(t, 10, "far")
print(#t, t[10])
local u = {1, 2, 3}
table.insert(u, 2.7, "x")
print(table.concat(u, " "))
print(select('#', table.insert({}, 1)))
