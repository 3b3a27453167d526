-- gmatch has no init argument in 5.1: an extra argument is ignored
local out = {}
for w in string.gmatch("a b c", "%a", 3) do out[#out + 1] = w end
print(table.concat(out, ","))
out = {}
for w in ("x1y2"):gmatch("%d", -1) do out[#out + 1] = w end
print(table.concat(out, ","))
