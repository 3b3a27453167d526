-- hexadecimal and exponent literals evaluated through math functions
print(math.floor(0x10), math.max(0xff, 1e2), math.abs(-0x7fffffff))
print(1e2, 1E-2, .5e1, 5e+1, 0xA)
print(0xffffffff, 0x100000000, 0XaBcD)
print(math.floor(3e0), 1e-0, 2E+2)
print(0x7fffffff + 1, -0x80000000)
