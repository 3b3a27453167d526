-- Each iteration of a numeric for has a fresh loop variable.
local fs = {}
for i = 1, 3 do fs[i] = function() return i end end
print(fs[1](), fs[2](), fs[3]())
for i = 1, 3 do fs[i] = function() i = i * 10 return i end end
print(fs[1](), fs[1](), fs[2]())
