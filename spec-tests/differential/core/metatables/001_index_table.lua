-- __index as a table: lookups fall through to it only for absent keys.
local base = {a = "base a", b = "base b"}
local t = setmetatable({a = "own a"}, {__index = base})
print(t.a, t.b, t.c, rawget(t, "b"))
base.c = "added later"
print(t.c)
