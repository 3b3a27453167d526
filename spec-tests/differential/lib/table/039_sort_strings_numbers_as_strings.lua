-- numeric strings sort lexicographically
local t = {"10", "9", "100", "1", "2", "20"}
table.sort(t)
print(table.concat(t, " "))
table.sort(t, function(a, b) return tonumber(a) < tonumber(b) end)
print(table.concat(t, " "))
