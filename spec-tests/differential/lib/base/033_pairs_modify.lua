-- pairs: assigning to existing fields and clearing fields during traversal is allowed
local t = {}
for i = 1, 20 do t[i] = i; t["s" .. i] = i end
for k, v in pairs(t) do
  if type(k) == "number" then t[k] = v * 10 else t[k] = nil end
end
local sum, n = 0, 0
for k, v in pairs(t) do sum = sum + v; n = n + 1 end
print(n, sum)
