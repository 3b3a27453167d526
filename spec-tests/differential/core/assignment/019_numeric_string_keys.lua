-- t[1] and t["1"] are different fields.
local t = {}
t[1] = "number"
t["1"] = "string"
t[1.5] = "float"
print(t[1], t["1"], t[1.5], t[3/2])
