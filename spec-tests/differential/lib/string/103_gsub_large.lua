-- gsub over a long string: counts and result length
local s = string.rep("ab,", 20000)
local r, n = s:gsub(",", ";")
print(#r, n, r:sub(1, 9))
local r2, n2 = s:gsub("(a)(b)", "%2%1", 5)
print(r2:sub(1, 18), n2)
local r3, n3 = s:gsub("%a+", function(w) return #w end)
print(#r3, n3, r3:sub(1, 8))
