-- Changing a metatable field later affects existing objects.
local mt = {}
local t = setmetatable({}, mt)
print(t.x)
mt.__index = {x = "now present"}
print(t.x)
mt.__index = nil
print(t.x)
