-- math.randomseed: the same seed gives the same sequence (values not printed)
math.randomseed(42)
local a = {}
for i = 1, 20 do a[i] = math.random(1000) end
math.randomseed(42)
local same = true
for i = 1, 20 do if math.random(1000) ~= a[i] then same = false end end
print(same)
math.randomseed(43)
local b = {}
for i = 1, 20 do b[i] = math.random() end
math.randomseed(43)
for i = 1, 20 do if math.random() ~= b[i] then same = false end end
print(same)
print(select('#', math.randomseed(1)))
print(pcall(function() math.randomseed() end))
print(pcall(function() math.randomseed("x") end))
