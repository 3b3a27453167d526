-- Concatenation with a table without __concat is an error.
local t = {}
print(pcall(function() return t .. "x" end))
print(pcall(function() return "x" .. {} end))
print(pcall(function() return 1 .. t end))
