-- Table keys by identity: two equal-looking tables are different keys.
local k1, k2 = {1}, {1}
local t = {[k1] = "first", [k2] = "second"}
print(t[k1], t[k2])
k2 = k1
print(t[k2])
