-- table.concat: separators, ranges, numbers, empty results
local t = {"a", "b", "c", "d"}
print(table.concat(t))
print(table.concat(t, ", "))
print(table.concat(t, "-", 2))
print(table.concat(t, "-", 2, 3))
print("[" .. table.concat(t, "-", 3, 2) .. "]")
print("[" .. table.concat({}) .. "]", "[" .. table.concat({}, "x") .. "]")
print(table.concat({1, 2.5, "x", 1e100}, " "))
print(table.concat(t, 3))
print(table.concat({"x"}, ",", 1, 1))
print(table.concat({"a", "b", nil}, ","))
