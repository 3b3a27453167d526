-- math.huge and math.pi
print(math.huge, -math.huge, math.huge == 1/0, math.huge > 1e308)
print(math.pi, string.format("%.14g", math.pi), string.format("%.17g", math.pi))
print(math.pi == 4 * math.atan(1))
print(string.format("%.20f", math.pi))
print(math.pi * 2, math.pi / 2, -math.pi)
