-- table.sort on empty, single and two-element tables; comparator call results
local e = {}
table.sort(e)
print(#e)
local one = {"x"}
table.sort(one, function() error("never called") end)
print(one[1])
local two = {2, 1}
table.sort(two)
print(two[1], two[2])
local cmp_nil = {3, 1, 2}
table.sort(cmp_nil, function(a, b) return nil end)
local same = true
print(#cmp_nil)
