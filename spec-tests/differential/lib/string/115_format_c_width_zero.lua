-- %c edge cases: zero byte is lost in 5.1's format (sprintf + strlen), widths
local s = string.format("[%c]", 0)
print(#s, s:byte(1, -1))
s = string.format("[%3c]", 0)
print(#s, s:byte(1, -1))
print(#string.format("%c%c", 0, 65), string.format("%c%c", 0, 65))
