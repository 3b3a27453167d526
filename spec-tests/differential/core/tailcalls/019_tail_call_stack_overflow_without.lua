-- The same recursion without a tail call overflows the stack (caught).
local function rec(n) if n == 0 then return 0 end return 1 + rec(n - 1) end
local ok, err = pcall(rec, 1e6)
print(ok, err)
local function tailrec(n) if n == 0 then return 0 end return tailrec(n - 1) end
print(pcall(tailrec, 1e6))
