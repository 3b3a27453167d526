-- the methods available on file handles
local mt = getmetatable(io.stdout)
local names = {}
for k in pairs(mt.__index) do names[#names + 1] = k end
table.sort(names)
print(table.concat(names, " "))
print(mt.__index == mt, type(mt.__gc), type(mt.__tostring))
