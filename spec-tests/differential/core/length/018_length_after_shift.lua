-- Shifting elements down with table.remove(t, 1) until empty.
local t = {"a", "b", "c", "d"}
while #t > 0 do io.write(table.remove(t, 1), #t, " ") end
print()
print(#t, table.remove(t))
