-- error: level 0, 1 (default), 2 and non-string messages
local function lvl0() error("no position", 0) end
local function lvl1() error("level one") end
local function lvl2() error("level two", 2) end
local function caller() lvl2() end
print(pcall(lvl0))
print(pcall(lvl1))
print(pcall(caller))
print(pcall(error))
print(pcall(error, nil))
print(pcall(error, 42))
print(pcall(error, 42, 1))
print(pcall(error, true))
local t = {}
local ok, e = pcall(error, t)
print(ok, e == t)
print(pcall(error, "msg", 3))
