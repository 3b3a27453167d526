-- [expr] = value keys with computed expressions.
local k = "key"
local t = {[k] = 1, [k .. "2"] = 2, [1 + 1] = "two", [true] = "yes", [1.5] = "float"}
print(t.key, t.key2, t[2], t[true], t[1.5])
local n = 3
print(({[n] = "three", [n * 2] = "six"})[6])
