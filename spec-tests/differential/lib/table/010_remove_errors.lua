-- table.remove: argument errors
print(pcall(function() return table.remove() end))
print(pcall(function() return table.remove("x") end))
print(pcall(function() return table.remove({1}, "x") end))
print(pcall(function() return table.remove({1}, {}) end))
