-- table.concat i/j given as strings or floats
local t = {"a", "b", "c", "d"}
print(table.concat(t, "", "2", "3"), table.concat(t, "", 1.9, 3.9))
print(pcall(function() return table.concat(t, "", 0) end))
print(pcall(function() return table.concat(t, "", 1, 5) end))
