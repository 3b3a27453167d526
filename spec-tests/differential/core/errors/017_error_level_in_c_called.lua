-- error with level 2 when called via pcall directly: the caller is C, so no position.
print(pcall(error, "msg", 1))
print(pcall(error, "msg", 2))
local function f() error("from f", 2) end
print(pcall(f))
