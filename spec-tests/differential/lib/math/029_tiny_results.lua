-- results close to zero printed with %.14g
print(math.sin(math.pi), math.cos(math.pi / 2), math.tan(math.pi))
print(1 - 0.9, 0.3 - 0.1, 1e-15 * 3)
print(math.exp(-745), math.exp(-746))
print(2^-1022, 2^-1023, 2^-1074)
print(1e-320 * 10, 5e-324 / 2)
