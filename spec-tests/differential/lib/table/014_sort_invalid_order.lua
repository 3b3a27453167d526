-- table.sort: an inconsistent comparator raises "invalid order function for sorting"
local t = {}
for i = 1, 20 do t[i] = 5 end
print(pcall(table.sort, t, function(a, b) return true end))
local u = {3, 1, 2, 5, 4, 6, 9, 7, 8, 10, 12, 11}
print(pcall(table.sort, u, function(a, b) return a <= b end))
