-- pcall catches a stack overflow from unbounded recursion
local function rec(n) return 1 + rec(n + 1) end
local ok, e = pcall(rec, 1)
print(ok, (e:gsub("^.-:%d+: ", "")))
local function rec2() rec2() end
ok, e = pcall(rec2)
print(ok, (e:gsub("^.-:%d+: ", "")))
