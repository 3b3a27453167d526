-- string.format %d / %i: flags, widths, precisions, fractional and negative numbers
local f = string.format
print(f("%d", 42), f("%i", 42), f("%d", -42), f("%d", 3.7), f("%d", -3.7))
print(f("[%5d]", 42), f("[%-5d]", 42), f("[%05d]", 42), f("[%+d]", 42), f("[% d]", 42))
print(f("[%+5d]", -42), f("[%.3d]", 7), f("[%8.3d]", 7), f("[%-8.3d]", -7), f("[%.0d]", 0))
print(f("%d", 0), f("%d", -0.0), f("%d", 2^31), f("%d", -2^31), f("%d", 2^53))
print(f("%d", "10"), f("%d", " 0x10 "), f("%d", 1e15))
print(f("[%99d]", 1):len())
