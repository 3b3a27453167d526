-- Levels 0, 1 and 2 choose which position is prepended.
local function lvl(n) error("at level " .. n, n) end
local function caller(n) lvl(n) end
print(pcall(caller, 0))
print(pcall(caller, 1))
print(pcall(caller, 2))
print(pcall(caller, 3))
