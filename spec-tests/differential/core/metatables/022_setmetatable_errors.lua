-- setmetatable accepts only tables (or nil) for a table.
print(pcall(setmetatable, 1, {}))
print(pcall(setmetatable, {}, 1))
print(pcall(setmetatable, {}))
local t = setmetatable({}, {})
print(getmetatable(setmetatable(t, nil)))
