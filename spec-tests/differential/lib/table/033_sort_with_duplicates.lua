-- table.sort with duplicate values: the result is ordered (values are indistinguishable)
local t = {3, 1, 2, 3, 1, 2, 3, 1, 2, 2, 2, 1}
table.sort(t)
print(table.concat(t, " "))
local s = {"b", "a", "b", "a", "c", "a"}
table.sort(s, function(x, y) return x > y end)
print(table.concat(s, " "))
