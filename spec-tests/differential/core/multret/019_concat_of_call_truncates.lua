-- Operators truncate calls to their first value.
local function two() return 3, 4 end
print(two() + 10, two() .. "x", -two(), #{two()}, not two())
local t = {two(), two()}
print(#t, t[1], t[2], t[3])
