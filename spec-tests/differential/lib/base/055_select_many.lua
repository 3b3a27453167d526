-- select with many arguments and with results of other calls
local function gen(n) local t = {} for i = 1, n do t[i] = i end return unpack(t) end
print(select('#', gen(200)))
print(select(199, gen(200)))
print(select(-2, gen(200)))
print((select(100, gen(200))))
print(select('#', select(50, gen(200))))
