-- debug.getinfo with no options returns every field (names printed sorted)
local f = loadstring("return debug.getinfo(1)", "=t")
local i = f()
local keys = {}
for k in pairs(i) do keys[#keys + 1] = k end
table.sort(keys)
print(table.concat(keys, " "))
print(i.source, i.short_src, i.what, i.currentline, i.linedefined, i.lastlinedefined, i.nups, i.func == f)
print(i.name, i.namewhat)
local j = debug.getinfo(print)
keys = {}
for k in pairs(j) do keys[#keys + 1] = k end
table.sort(keys)
print(table.concat(keys, " "))
print(j.source, j.short_src, j.what, j.currentline, j.linedefined, j.lastlinedefined, j.nups)
