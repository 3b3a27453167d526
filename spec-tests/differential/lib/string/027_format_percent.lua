-- string.format %%: literal percent; text with no conversions
local f = string.format
print(f("100%%"), f("%%d"), f("%d%%", 50), f("a%%b%%c"))
print(f("no conversions"), f(""))
print(f("%%%d%%", 7))
print(pcall(f, "%5%"))
print(pcall(f, "%5%", 1))
print(pcall(f, "%-%", 1))
