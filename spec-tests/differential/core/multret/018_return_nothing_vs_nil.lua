-- 'return' and 'return nil' differ in result count.
local function a() return end
local function b() return nil end
local function c() end
print(select("#", a()), select("#", b()), select("#", c()))
