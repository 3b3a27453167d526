-- Non-tail recursion several thousand levels deep is fine.
local function depth(n) if n == 0 then return 0 end return 1 + depth(n - 1) end
print(depth(10000))
local function sum(t, i) if i > #t then return 0 end return t[i] + sum(t, i + 1) end
local t = {}
for i = 1, 5000 do t[i] = i end
print(sum(t, 1))
