-- next on empty and single-entry tables.
print(next({}))
print(next({"a"}))
print(next({"a"}, 1))
local t = {x = 1}
print(next(t))
print(pcall(next, t, "nokey"))
