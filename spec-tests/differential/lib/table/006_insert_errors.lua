-- table.insert: wrong number of arguments and types
print(pcall(function() table.insert({}) end))
print(pcall(function() table.insert({}, 1, 2, 3) end))
print(pcall(function() table.insert(nil, 1) end))
print(pcall(function() table.insert({}, "x", 1) end))
print(pcall(function() table.insert() end))
local t = {1, 2}
table.insert(t, 1, nil)
print(#t, t[1], t[2], t[3])
