-- String keys that look like numbers are not array elements.
local t = {["1"] = "a", ["2"] = "b"}
print(#t)
t[1] = "one"
print(#t)
