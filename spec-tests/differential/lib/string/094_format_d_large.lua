-- string.format %d/%x of large integers exactly representable in a 64-bit long
local f = string.format
print(f("%d", 2^62), f("%d", -2^62), f("%d", 2^53 + 2), f("%x", 2^62), f("%X", 2^48 - 1))
print(f("%d", 1e18), f("%.0f", 1e18), f("%d", 123456789012))
print(f("%o", 2^40), f("%i", -2^40), f("%+d", 2^33))
print(f("%20d|%-20d|", 2^60, -2^60))
