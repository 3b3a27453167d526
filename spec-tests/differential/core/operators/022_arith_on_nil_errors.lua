-- Arithmetic errors name the offending variable when known.
local t = {}
print(pcall(function() return t.x + 1 end))
print(pcall(function() return 1 - undefined end))
print(pcall(function() local a = {} return a * 2 end))
print(pcall(function() return ("x") + 1 end))
