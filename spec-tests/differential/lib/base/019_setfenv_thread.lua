-- setfenv(0, t) changes the running thread's environment; getfenv(0) reflects it
local old = getfenv(0)
local new = setmetatable({}, {__index = _G})
setfenv(0, new)
print(getfenv(0) == new, getfenv(0) == old)
local f = loadstring("return marker")
new.marker = "new env seen by loadstring"
print(f())
setfenv(0, old)
print(getfenv(0) == old)
print(loadstring("return marker")())
