-- # on tables: a border; sequences built by insert/remove
local t = {}
for i = 1, 10 do table.insert(t, i) end
print(#t)
for i = 1, 5 do table.remove(t) end
print(#t)
t[#t + 1] = "x"
print(#t, t[#t])
local s = {n = 1, 1, 2, 3}
print(#s)
