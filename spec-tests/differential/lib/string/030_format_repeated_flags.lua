-- string.format: at most 5 flag characters; more is "invalid format (repeated flags)"
local f = string.format
print(f("[%-----5d]", 1))
print(f("[%-+ #0d]", 1))
print(pcall(f, "%------5d", 1))
print(pcall(f, "%-+ #0-d", 1))
print(f("[%00005d]", 3))
print(pcall(f, "%000005d", 3))
print(pcall(f, "%0000005d", 3))
