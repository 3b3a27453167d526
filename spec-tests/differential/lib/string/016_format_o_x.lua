-- string.format %o %x %X with flags, including # and negative values (x86-64 long)
local f = string.format
print(f("%o", 8), f("%#o", 8), f("%o", 0), f("%#o", 0))
print(f("%x", 255), f("%X", 255), f("%#x", 255), f("%#X", 255), f("%#x", 0))
print(f("[%8x]", 48879), f("[%-8X]", 48879), f("[%08x]", 48879), f("[%.6x]", 48879))
print(f("%x", -1), f("%X", -255), f("%o", -1))
print(f("%x", 3.99), f("%x", 2^32), f("%x", 2^52 + 1))
