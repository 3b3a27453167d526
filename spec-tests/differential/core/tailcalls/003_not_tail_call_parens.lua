-- return (f(x)) is not a tail call: deep recursion overflows.
local function f(n) if n == 0 then return 0 end return (f(n - 1)) end
print(pcall(f, 100))
local ok, err = pcall(f, 1e6)
print(ok, err)
