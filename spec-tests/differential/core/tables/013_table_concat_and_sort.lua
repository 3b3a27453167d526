-- Building a table and sorting it with a comparator.
local t = {5, 3, 8, 1, 9, 2}
table.sort(t)
print(table.concat(t, " "))
table.sort(t, function(a, b) return a > b end)
print(table.concat(t, " "))
