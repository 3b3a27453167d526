-- table.sort: argument errors
print(pcall(function() table.sort() end))
print(pcall(function() table.sort("x") end))
print(pcall(function() table.sort({}, 1) end))
print(pcall(function() table.sort({3, 1, 2}, "cmp") end))
print(pcall(function() table.sort({2, 1}, function(a, b) error("cmp failed") end) end))
