-- math.sqrt and math.pow and the ^ operator
print(math.sqrt(16), math.sqrt(2), math.sqrt(0), math.sqrt(1/0))
print(math.pow(2, 10), math.pow(2, 0.5), math.pow(2, -1), math.pow(0, 0), math.pow(-8, 1/3) ~= math.pow(-8, 1/3))
print(2^10, 2^-1, (-2)^2, -2^2, 2^0.5 == math.sqrt(2))
print(math.pow(10, 308), math.pow(10, 309), math.pow(-1, 1/0) == 1, math.pow(1, 0/0))
print(pcall(function() return math.pow(2) end))
print(pcall(function() return math.sqrt() end))
