-- Values of different types are never equal; no coercion in ==.
print(1 == "1", "1" == 1, 0 == false, nil == false, "" == false)
print(1 ~= "1", 1 == 1.0, "a" == "a", {} == {})
local t = {}
print(t == t, print == print, -0 == 0)
