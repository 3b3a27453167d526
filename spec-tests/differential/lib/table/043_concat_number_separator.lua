-- table.concat with a number separator and number-only elements
print(table.concat({1, 2, 3}, 0))
print(table.concat({1.5, 2.5}, 0.5))
print(table.concat({10, 20, 30}, "", 2))
print(table.concat({10, 20, 30}, 1e100))
print(table.concat({"a", "b"}, -1))
