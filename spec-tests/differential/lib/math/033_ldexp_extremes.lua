-- math.ldexp/frexp at the extremes of the double range
print(math.ldexp(1, -1074), math.ldexp(1, -1075), math.ldexp(1, 1023), math.ldexp(-1, 1024))
print(math.frexp(-0.5), math.frexp(2^1023))
print(math.frexp(2^-1074))
print(math.ldexp(0.75, 3), math.ldexp(-0.75, -3))
