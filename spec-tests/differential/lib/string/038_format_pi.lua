-- math.pi printed with %.14g, %.17g, %f, %e
print(math.pi)
print(string.format("%.14g", math.pi))
print(string.format("%.17g", math.pi))
print(string.format("%.16f", math.pi))
print(string.format("%.15e", math.pi))
print(string.format("%.17g", 0.1), string.format("%.17g", 1/3))
