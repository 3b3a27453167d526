-- string.format: flag combinations across conversions
local f = string.format
print(f("[%+05d]", 3), f("[%-+5d]", 3), f("[% 05d]", 3), f("[%+ d]", 3), f("[%0-5d]", 3))
print(f("[%+.2e]", 3), f("[%#x]", 0), f("[%#.3o]", 8), f("[%+08.2f]", -3.14159))
print(f("[%-#10x]", 255), f("[%#010x]", 255), f("[% .3g]", 2), f("[%+g]", 0))
print(f("[%-08.3f]", 1))
