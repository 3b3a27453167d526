-- Returning hundreds of values.
local function many(n) local t = {} for i = 1, n do t[i] = i end return unpack(t) end
print(select("#", many(250)), select(250, many(250)))
local t = {many(300)}
print(#t, t[300])
