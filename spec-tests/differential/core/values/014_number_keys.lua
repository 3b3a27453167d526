-- Float keys with integral value are the same as integer keys; strings are different keys.
local t = {}
t[1] = "int"; t[1.0] = "float"
t["1"] = "string"
print(t[1], t["1"], #t)
t[2^53] = "big"
print(t[2^53], t[9007199254740992])
t[0.5] = "half"
print(t[1/2])
