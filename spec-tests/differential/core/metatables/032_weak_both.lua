-- __mode = "kv": entries go if either key or value is collectable and unreferenced.
local w = setmetatable({}, {__mode = "kv"})
local k, v = {}, {}
w[k] = v
w[{}] = 1
w[2] = {}
w[3] = "s"
collectgarbage()
local n = 0
for _ in pairs(w) do n = n + 1 end
print(n, w[k] == v, w[2], w[3])
