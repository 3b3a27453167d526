-- next over array part and hash part covers all entries exactly once
local t = {}
for i = 1, 10 do t[i] = i end
t[100] = 100; t[-1] = -1; t[0.5] = 0.5; t["x"] = "x"
local seen, n = {}, 0
local k, v = next(t)
while k do
  n = n + 1
  seen[#seen + 1] = tostring(k)
  k, v = next(t, k)
end
table.sort(seen)
print(n, table.concat(seen, " "))
