-- Form feeds, vertical tabs, tabs and carriage returns are whitespace.
local f = loadstring("\f\vreturn\t1\r+\r\n2")
print(f())
print(loadstring("return\n\n\n  1 +\n 1")())
print(loadstring("\t\treturn\f\v 5")())
