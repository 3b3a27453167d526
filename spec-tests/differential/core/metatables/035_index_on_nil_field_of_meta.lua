-- A metatable without __index behaves like no metatable for lookups.
local t = setmetatable({}, {})
print(t.x)
local u = setmetatable({}, {__index = nil})
print(u.y)
