-- the io table has exactly the 5.1 functions and standard files
local names = {}
for k, v in pairs(io) do names[#names + 1] = k .. ":" .. type(v) end
table.sort(names)
print(table.concat(names, " "))
