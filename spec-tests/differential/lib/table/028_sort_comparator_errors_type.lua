-- table.sort: a comparator that compares incompatible fields fails with a compare error
local t = {{k = 1}, {k = "a"}, {k = 2}}
print(pcall(table.sort, t, function(a, b) return a.k < b.k end))
local u = {{k = 1}, {}, {k = 2}}
print(pcall(table.sort, u, function(a, b) return a.k < b.k end))
print(pcall(table.sort, {1, 2, 3}, function(a, b) return a.x < b end))
