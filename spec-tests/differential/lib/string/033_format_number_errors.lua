-- string.format: numeric conversions of non-numbers report the argument index
local f = string.format
print(pcall(function() return f("%d %d", 1, "x") end))
print(pcall(function() return f("%x", {}) end))
print(pcall(function() return f("%f", "1.5") end))
print(pcall(function() return f("%e", nil) end))
print(pcall(function() return f("%c") end))
print(pcall(function() return f("%g", true) end))
print(pcall(function() return f("%5.2f %s %d", 1, 2, "three") end))
