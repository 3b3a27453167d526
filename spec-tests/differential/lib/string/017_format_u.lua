-- string.format %u: unsigned conversion (negative wraps through a 64-bit long)
local f = string.format
print(f("%u", 42), f("%u", 0), f("%5u|", 7), f("%-5u|", 7), f("%05u", 7))
print(f("%u", -1), f("%u", -2^31))
print(f("%u", 3.99), f("%u", 2^32), f("%.3u", 5))
print(pcall(f, "%u", "x"))
