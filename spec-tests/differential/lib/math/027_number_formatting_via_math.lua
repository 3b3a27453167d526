-- results of common math expressions printed with %.14g
print(0.1 + 0.2 == 0.3, 0.1 + 0.2, string.format("%.17g", 0.1 + 0.2))
print(1e15 + 1, 1e16 + 1, 2^53 + 1 == 2^53)
print(100 / 3, 10 / 4, -7 / 2)
print(2^0.5, 10^-3, 3 * 1.1)
print(7 / 7, 1e300 * 1e10, -1e300 * 1e10)
