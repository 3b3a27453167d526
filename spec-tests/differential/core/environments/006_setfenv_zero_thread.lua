-- setfenv(0, t) changes the environment of the running thread (used by new chunks).
local newenv = setmetatable({marker = "thread env"}, {__index = _G})
local old = getfenv(0)
setfenv(0, newenv)
print(getfenv(0) == newenv, old == _G)
local chunk = loadstring("return marker")
print(chunk())
setfenv(0, old)
print(loadstring("return marker")())
