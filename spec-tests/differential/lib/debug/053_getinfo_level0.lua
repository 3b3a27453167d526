-- level 0 of getinfo is getinfo itself
local i = debug.getinfo(0, "nSfl")
print(i.what, i.func == debug.getinfo, i.name, i.namewhat, i.short_src, i.currentline)
local function f() local j = debug.getinfo(0, "n") return j.name, j.namewhat end
print(f())
local gi = debug.getinfo
print(gi(0, "n").name)
