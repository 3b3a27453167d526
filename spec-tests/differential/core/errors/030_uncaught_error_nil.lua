-- error(nil) uncaught: lua.c reports nothing at all, but the exit status is still 1.
print("output before error()")
local function fail() error() end
print(pcall(fail))
error()
