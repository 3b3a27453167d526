-- Library functions returning several values expand at the end of a list.
print(string.find("hello world", "o w"))
print(string.byte("abc", 1, 3))
print(("x"):byte(), string.byte("abc", 1, -1))
local t = {string.byte("xyz", 1, -1)}
print(#t)
