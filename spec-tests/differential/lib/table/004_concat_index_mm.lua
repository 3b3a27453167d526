-- table.concat uses raw access: __index is not consulted in 5.1
local t = setmetatable({"a"}, {__index = function(_, i) return "meta" .. i end})
print(pcall(table.concat, t, ",", 1, 3))
print(table.concat(t, ",", 1, 1))
local proxy = setmetatable({}, {__index = {"x", "y"}})
print(#proxy, table.concat(proxy, ","))
print(pcall(table.concat, proxy, ",", 1, 2))
