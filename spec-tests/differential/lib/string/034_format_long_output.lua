-- string.format: long results built from large widths and long strings
local f = string.format
local s = f("%99s|%-99s|", "r", "l")
print(#s, s:sub(97, 101))
local long = string.rep("ab", 600)
local r = f("<%s>", long)
print(#r, r:sub(1, 5), r:sub(-3))
print(#f("%s%s%s", long, long, long))
print(#f("%.99f", 1/3))
