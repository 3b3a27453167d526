-- table.foreachi: visits 1..#t in order, stops on a non-nil result
table.foreachi({"a", "b", "c"}, print)
print(table.foreachi({"a", "b", "c"}, function(i, v) if v == "b" then return i, v end end))
print(table.foreachi({}, print))
print(pcall(table.foreachi, {1}, 1))
print(pcall(table.foreachi, "x", print))
table.foreachi({1, 2, nil, 4}, function(i, v) io.write(i, ":", tostring(v), " ") end)
print()
