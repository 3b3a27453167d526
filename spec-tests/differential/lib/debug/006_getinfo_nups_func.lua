-- debug.getinfo 'u' (nups) and 'f' (func identity)
local a, b, c = 1, 2, 3
local function none() return 1 end
local function two() return a + b end
local function three() return a + b + c end
print(debug.getinfo(none, "u").nups, debug.getinfo(two, "u").nups, debug.getinfo(three, "u").nups)
print(debug.getinfo(print, "u").nups)
print(debug.getinfo(two, "f").func == two)
local function me() return debug.getinfo(1, "f").func end
print(me() == me)
print(debug.getinfo(1, "f").func ~= nil)
