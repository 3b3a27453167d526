-- A traceback collected by the xpcall handler after tail calls.
local function c() error("in c") end
local function b() return c() end
local function a() return b() end
print(xpcall(a, debug.traceback))
