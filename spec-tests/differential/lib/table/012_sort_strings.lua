-- table.sort: strings in byte order
local t = {"pear", "Apple", "banana", "apple", "", "Banana", "10", "9", "a\0b", "a"}
table.sort(t)
for i, v in ipairs(t) do io.write(string.format("%q ", v)) end
print()
table.sort(t, function(a, b) return #a < #b or (#a == #b and a < b) end)
print(table.concat(t, "|"))
