-- unpack with explicit ranges, including empty and reversed ones.
local t = {"a", "b", "c"}
print(unpack(t, 2))
print(unpack(t, 2, 3))
print(unpack(t, 3, 2))
print(unpack(t, -1, 1))
print(select("#", unpack(t, 1, 5)))
