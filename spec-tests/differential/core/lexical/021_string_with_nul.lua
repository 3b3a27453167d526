-- Strings are 8-bit clean: NULs and high bytes survive.
local s = "a\0b\0c\200\255"
print(#s)
print(s:byte(1, -1))
print(s:sub(2, 4) == "\0b\0")
io.write(s, "\n")
