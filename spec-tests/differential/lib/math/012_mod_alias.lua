-- math.mod is the 5.1 compatibility alias of math.fmod
print(math.mod == math.fmod, math.mod(-7, 3), math.mod(7, 3))
print(math.mod(5.5, -2), math.mod(-5.5, -2))
print(pcall(function() return math.mod(1) end))
print(pcall(function() return math.mod("a", 1) end))
