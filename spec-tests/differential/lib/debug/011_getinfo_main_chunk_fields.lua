-- getinfo of the main chunk of this file
local i = debug.getinfo(1, "Sl")
print(i.what, i.linedefined, i.currentline, i.source:sub(1, 1), i.short_src == i.source:sub(2) or i.short_src:sub(1, 3) == "...")
local fi = debug.getinfo(function() end, "S")
print(fi.what, fi.linedefined, fi.lastlinedefined)
