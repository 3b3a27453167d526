-- table.sort: comparing incompatible types raises an error
print(pcall(table.sort, {1, "x", 2}))
print(pcall(table.sort, {{}, {}}))
print(pcall(table.sort, {true, false}))
print(pcall(table.sort, {1, 2, 3, "4"}))
