-- A backslash followed by a real newline puts a newline into the string.
local s = "first\
second"
print(s)
print(#s, string.byte(s, 6))
