-- __newindex chains: the final table without __newindex receives the value.
local final = {}
local mid = setmetatable({}, {__newindex = final})
local top = setmetatable({}, {__newindex = mid})
top.k = "v"
print(rawget(top, "k"), rawget(mid, "k"), final.k)
