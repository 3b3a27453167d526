-- table.remove shifts elements down and clears the last slot
local t = {1, 2, 3, 4, 5}
table.remove(t, 2)
print(table.concat(t, ","), t[5], #t)
table.remove(t, #t)
print(table.concat(t, ","), #t)
local big = {}
for i = 1, 1000 do big[i] = i end
for i = 1, 500 do table.remove(big, 1) end
print(#big, big[1], big[500])
