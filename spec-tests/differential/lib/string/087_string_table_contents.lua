-- the string table has exactly the 5.1 functions
local names = {}
for k, v in pairs(string) do names[#names + 1] = k .. ":" .. type(v) end
table.sort(names)
print(table.concat(names, " "))
