-- the math table has exactly the 5.1 functions and constants
local names = {}
for k, v in pairs(math) do names[#names + 1] = k .. ":" .. type(v) end
table.sort(names)
print(table.concat(names, " "))
