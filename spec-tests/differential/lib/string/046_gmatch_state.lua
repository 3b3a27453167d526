-- string.gmatch: independent iterators keep their own positions
local s = "1 2 3 4"
local a, b = s:gmatch("%d"), s:gmatch("%d")
print(a(), a(), b(), a(), b())
local t = {}
for n in s:gmatch("%d") do t[#t + 1] = n * 2 end
print(table.concat(t, " "))
