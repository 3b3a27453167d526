-- os.date("*t") has the nine standard fields (values depend on the zone; only names printed)
local t = os.date("*t", 1234567890)
local keys = {}
for k, v in pairs(t) do keys[#keys + 1] = k .. ":" .. type(v) end
table.sort(keys)
print(table.concat(keys, " "))
