-- A bad argument error from a library function called from Lua code.
print(pcall(string.rep))
local function f() return string.rep() end
f()
print("not reached")
