-- setfenv returns the function it changed.
local function f() return 1 end
print(setfenv(f, {}) == f)
local g = function() return marker end
local h = setfenv(g, {marker = "set"})
print(h == g, h())
