-- pairs: visits every key exactly once (printed sorted); returns next, t, nil
local t = {1, 2, 3, x = "a", y = "b", [10] = "ten", [2.5] = "frac", [true] = "t"}
local keys = {}
for k, v in pairs(t) do keys[#keys + 1] = tostring(k) .. "=" .. tostring(v) end
table.sort(keys)
print(table.concat(keys, " "))
local f, s, c = pairs(t)
print(f == next, s == t, c)
print(pcall(pairs))
print(pcall(pairs, nil))
print(pcall(pairs, 1))
