-- Assigning into a nil value is an error naming the variable.
local t
print(pcall(function() t.x = 1 end))
print(pcall(function() undefinedglobal.x = 1 end))
local s = {}
print(pcall(function() s.a.b = 1 end))
