-- An error inside tail-called functions: the traceback shows '(tail call): ?'.
local function c() error("deep failure") end
local function b() return c() end
local function a() return b() end
a()
