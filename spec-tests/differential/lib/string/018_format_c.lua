-- string.format %c: bytes including zero, width
local f = string.format
print(f("%c%c%c", 76, 117, 97))
print(#f("%c", 0), f("%c", 0) == "\0")
print(f("[%5c]", 65), f("[%-5c]", 65))
print(f("%c", 65.9), f("%c", "66"))
print(f("%c", 255) == "\255")
