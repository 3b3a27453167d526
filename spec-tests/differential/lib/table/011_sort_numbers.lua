-- table.sort: numbers ascending, descending with comparator, already sorted, reversed
local t = {5, 2, 8, 1, 9, 3, 7, 4, 6, 0}
table.sort(t)
print(table.concat(t, " "))
table.sort(t, function(a, b) return a > b end)
print(table.concat(t, " "))
local r = {}
for i = 100, 1, -1 do r[#r + 1] = i end
table.sort(r)
print(r[1], r[50], r[100])
local f = {3.5, -1, 2^40, -1/0, 1/0, 0, -0.5}
table.sort(f)
print(table.concat(f, " "))
