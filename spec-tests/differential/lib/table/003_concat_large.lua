-- table.concat: many elements and long separators
local t = {}
for i = 1, 10000 do t[i] = i end
local s = table.concat(t, ",")
print(#s, s:sub(1, 20), s:sub(-14))
print(#table.concat(t, string.rep("-", 10), 1, 100))
print(table.concat({"\0", "\255"}, "\0") == "\0\0\255")
