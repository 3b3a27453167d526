-- By default every function's environment is the global table.
local function f() end
print(getfenv(f) == _G, getfenv() == _G, getfenv(1) == _G, getfenv(0) == _G)
print(getfenv(print) == _G)
print(getfenv(2) == _G)
