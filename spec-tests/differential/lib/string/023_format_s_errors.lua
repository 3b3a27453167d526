-- string.format %s: non-string values are errors in 5.1 (no __tostring), missing arguments
local f = string.format
print(pcall(function() return f("%s", {}) end))
print(pcall(function() return f("%s", nil) end))
print(pcall(function() return f("%s", true) end))
print(pcall(function() return f("%s %s", "a") end))
print(pcall(function() return f("%s", setmetatable({}, {__tostring = function() return "x" end})) end))
print(pcall(function() return f("%d", "x") end))
print(pcall(function() return f("%d") end))
print(pcall(function() return f() end))
print(pcall(function() return f(42) end))
