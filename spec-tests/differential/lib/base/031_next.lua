-- next: empty table, single element, end of traversal, invalid key
print(next({}))
print(next({}, nil))
print(next({10}))
print(next({10}, 1))
local t = {a = 1}
print(next(t))
print(next(t, "a"))
print(pcall(next, t, "missing"))
print(pcall(next))
print(pcall(next, 1))
local count = 0
local big = {}
for i = 1, 100 do big[i] = i; big["k" .. i] = i end
local k = next(big)
while k ~= nil do count = count + 1; k = next(big, k) end
print(count)
