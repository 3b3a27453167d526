-- A number error value counts as a string for the position: it gets "file:line:" and becomes a string.
local ok, e = pcall(function() error(42) end)
print(ok, e, type(e))
-- level 2 blames pcall (a C function): no position, but the number was still converted
local ok2, e2 = pcall(function() error(42.5, 2) end)
print(ok2, e2, type(e2))
local ok3, e3 = pcall(function() error(7, 0) end)
print(ok3, e3, type(e3))
