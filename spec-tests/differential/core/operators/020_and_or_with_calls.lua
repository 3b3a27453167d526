-- and/or truncate multiple results to one.
local function two() return 1, 2 end
print(two() and two())
print(nil or two())
print((two()))
print(two(), two())
