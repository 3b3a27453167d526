-- math.random: interval is empty, wrong number of arguments
print(pcall(function() return math.random(0) end))
print(pcall(function() return math.random(-5) end))
print(pcall(function() return math.random(3, 2) end))
print(pcall(function() return math.random(1, 2, 3) end))
print(pcall(function() return math.random("x") end))
print(pcall(function() return math.random(1, "y") end))
print(pcall(math.random, 0))
