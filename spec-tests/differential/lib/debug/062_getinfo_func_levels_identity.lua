-- getinfo(level, "f").func identifies the caller chain
local function c() return debug.getinfo(1, "f").func, debug.getinfo(2, "f").func, debug.getinfo(3, "f").func end
local function b() local x, y, z = c() return x, y, z end
local function a() local x, y, z = b() return x, y, z end
local x, y, z = a()
print(x == c, y == b, z == a)
