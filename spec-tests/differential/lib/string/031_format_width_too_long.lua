-- string.format: width and precision have at most two digits
local f = string.format
print(#f("%99d", 1), #f("%.99f", 1))
print(pcall(f, "%100d", 1))
print(pcall(f, "%.100f", 1))
print(pcall(f, "%1.123s", "x"))
print(pcall(f, "%123.1s", "x"))
print(#f("%99.99f", 1))
