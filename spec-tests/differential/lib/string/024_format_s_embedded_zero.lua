-- string.format %s: strings with \0 are cut unless no precision is given and the length >= 100
local f = string.format
print(#f("%s", "a\0b"), f("%s", "a\0b") == "a")
print(#f("%5s", "a\0b"))
local long = string.rep("x", 99) .. "\0" .. "yz"
print(#f("%s", long), f("%s", long) == long)
print(#f("%.99s", long))
local short = string.rep("x", 50) .. "\0z"
print(#f("%s", short))
print(#f("a\0b%s", "c"), f("a\0b%s", "c") == "a\0bc")
