-- string.format %q: quotes, backslash, newline, \r, \0 and other control characters
local f = string.format
print(f("%q", 'he said "hi"'))
print(f("%q", "back\\slash"))
print(f("%q", "line1\nline2"))
print(f("%q", "cr\rhere"))
print(f("%q", "nul\0byte"))
local q = f("%q", "ctl\1\2\t\27end\127\255")
print(#q, q:byte(1, -1))
print(f("%q", ""))
print(f("%q", 42), f("%q", 1.5))
print(loadstring("return " .. f("%q", "a\0b\r\n\"\\z\1"))() == "a\0b\r\n\"\\z\1")
