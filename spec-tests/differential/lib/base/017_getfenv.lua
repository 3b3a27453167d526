-- getfenv: level 0 (global), levels 1/2, function argument
print(getfenv() == _G)
print(getfenv(0) == _G)
print(getfenv(1) == _G)
local getfenv = getfenv
local function f() return getfenv(1) end
print(f() == _G)
local env = {}
setfenv(f, env)
print(f() == env)
print(getfenv(f) == env)
print(getfenv(print) == _G)
local function g() return getfenv(2) end
local function h() local e = g(); return e end
setfenv(h, env)
print(h() == env)
local function tail() return g() end
print(pcall(tail))
print(pcall(getfenv, 100))
print(pcall(getfenv, -1))
print(pcall(getfenv, "x"))
