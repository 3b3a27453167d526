-- Assigning to existing fields (including nil) during traversal is allowed.
local t = {}
for i = 1, 10 do t["k" .. i] = i end
for k, v in pairs(t) do t[k] = v * 2 end
for k, v in pairs(t) do if v % 4 == 0 then t[k] = nil end end
local keys = {}
for k, v in pairs(t) do keys[#keys + 1] = k .. "=" .. v end
table.sort(keys)
print(table.concat(keys, " "))
