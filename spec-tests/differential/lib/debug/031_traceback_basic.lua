-- debug.traceback: message, default level, nested functions
local function c() return debug.traceback("msg here") end
local function b() return c() .. "" end
local function a() local r = b() return r end
print(a())
print(debug.traceback())
print(debug.traceback("top"))
