-- __mode = "k": entries whose key is only weakly referenced disappear.
local wk = setmetatable({}, {__mode = "k"})
local k1 = {}
wk[k1] = "kept"
wk[{}] = "dropped"
wk[1] = "number keys stay"
collectgarbage()
local n = 0
for _ in pairs(wk) do n = n + 1 end
print(n, wk[k1], wk[1])
