-- unpack uses # by default.
local t = {1, 2, 3, 4}
print(unpack(t))
print(select("#", unpack(t)))
print(unpack({}, 1, 3))
print(select("#", unpack({})))
