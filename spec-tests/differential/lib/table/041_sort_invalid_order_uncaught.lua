-- uncaught invalid order function error
local t = {}
for i = 1, 20 do t[i] = 1 end
print(pcall(table.sort, {1}, function() return true end))
print("sorting with an inconsistent comparator")
table.sort(t, function() return true end)
