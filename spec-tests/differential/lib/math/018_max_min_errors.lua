-- math.max/min: no arguments and non-numbers
print(pcall(function() return math.max() end))
print(pcall(function() return math.min() end))
print(pcall(function() return math.max(1, "x") end))
print(pcall(function() return math.min(1, nil) end))
print(pcall(math.max))
