-- string.format %s: strings, numbers, width/precision, %5.2s
local f = string.format
print(f("%s", "hello"), f("%s", 42), f("%s", 1.5), f("%s", -0.0 + 0))
print(f("[%10s]", "hi"), f("[%-10s]", "hi"), f("[%.1s]", "hi"), f("[%5.2s]", "abc"), f("[%-5.2s]", "abc"))
print(f("[%.0s]", "abc"), f("[%.10s]", "abc"), f("[%3s]", "abcdef"))
print(f("%s %s %s", "a", "b", "c"))
print(f("%s", 1e100), f("%s", 2^63), f("%s", 1/3))
