-- string.dump: upvalues become nil in the loaded copy; it uses the loader's globals
local up = 10
local function f() return up, type(print) end
local g = loadstring(string.dump(f))
print(f())
print(pcall(g))
local h = loadstring(string.dump(function() return gvar end))
gvar = "global seen"
print(h())
