-- table.sort uses __lt for tables without a comparator
local mt = {__lt = function(a, b) return a.v < b.v end}
local t = {}
for _, v in ipairs({5, 3, 9, 1, 7}) do t[#t + 1] = setmetatable({v = v}, mt) end
table.sort(t)
for _, x in ipairs(t) do io.write(x.v, " ") end
print()
