-- Any value except nil (and NaN) can be a key.
local f, t2 = function() end, {}
local t = {}
t[f] = "function"; t[t2] = "table"; t[true] = "true"; t[false] = "false"; t[1] = "one"; t["1"] = "str"
print(t[f], t[t2], t[true], t[false], t[1], t["1"])
print(pcall(function() t[nil] = 1 end))
print(t[nil])
