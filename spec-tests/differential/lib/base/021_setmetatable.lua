-- setmetatable: returns its table, nil removes, errors for protected/invalid
local t = {}
print(setmetatable(t, {}) == t)
print(setmetatable(t, nil) == t, getmetatable(t))
print(pcall(setmetatable, t))
print(pcall(setmetatable, 1, {}))
print(pcall(setmetatable, "s", {}))
print(pcall(setmetatable, t, 5))
print(pcall(setmetatable, t, "x"))
setmetatable(t, {__metatable = "protected"})
print(pcall(setmetatable, t, {}))
print(pcall(setmetatable, t, nil))
print(getmetatable(t))
