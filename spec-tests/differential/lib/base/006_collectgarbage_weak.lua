-- collectgarbage("collect") clears weak-valued entries that have no strong refs
local cache = setmetatable({}, {__mode = "v"})
cache[1] = {}
local keep = {}
cache[2] = keep
collectgarbage()
collectgarbage()
print(cache[1], cache[2] == keep)
local wk = setmetatable({}, {__mode = "k"})
wk[{}] = 1
wk[keep] = 2
collectgarbage()
local n = 0
for k, v in pairs(wk) do n = n + 1 end
print(n, wk[keep])
