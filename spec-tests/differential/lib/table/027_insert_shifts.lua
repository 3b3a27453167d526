-- table.insert shifts elements up
local t = {}
for i = 1, 5 do table.insert(t, 1, i) end
print(table.concat(t, ","))
table.insert(t, 3, "m")
print(table.concat(t, ","))
local big = {}
for i = 1, 500 do table.insert(big, 1, i) end
print(#big, big[1], big[500])
