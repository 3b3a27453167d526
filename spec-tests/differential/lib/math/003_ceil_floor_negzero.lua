-- math.ceil(-0.5) is -0 (printed "-0"); floor(-0.0) keeps the sign
print(math.ceil(-0.5), math.ceil(-0.1), math.floor(0.5))
local z = 0
print(math.floor(-z), math.ceil(-z))
print(string.format("%g %g", math.ceil(-0.5), math.floor(-0.5)))
