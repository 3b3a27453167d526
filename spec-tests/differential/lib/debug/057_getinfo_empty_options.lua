-- getinfo with an empty option string returns an empty table
local i = debug.getinfo(1, "")
print(type(i), next(i))
local j = debug.getinfo(print, "")
print(type(j), next(j))
