-- unpack: fractional and string indices are converted to integers
local t = {"a", "b", "c", "d"}
print(unpack(t, 1.9, 3.2))
print(unpack(t, "2", "3"))
print(unpack(t, 2, nil))
print(unpack(t, nil, 2))
