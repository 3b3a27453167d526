-- pairs visits every key (order unspecified, so we sort).
local t = {10, 20, x = "a", y = "b", [3.5] = "c"}
local keys = {}
for k in pairs(t) do keys[#keys + 1] = tostring(k) end
table.sort(keys)
print(table.concat(keys, " "))
