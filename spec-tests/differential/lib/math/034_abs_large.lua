-- math.abs of large and tiny values
print(math.abs(-2^63), math.abs(-1e308), math.abs(-5e-324), math.abs(-2^53 - 2))
print(math.abs(2^63), math.abs(-0.1), math.abs(-1/3))
print(math.abs(-1e-310) == 1e-310, math.abs(-math.huge) == math.huge)
print(math.abs("-7.5"), math.abs(" -1e3 "))
