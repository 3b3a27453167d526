-- Each evaluation of a function expression creates a new closure value.
local function make() return function() end end
local a, b = make(), make()
print(a == a, a == b)
local t = {}
for i = 1, 2 do t[i] = function() return i end end
print(t[1] == t[2])
