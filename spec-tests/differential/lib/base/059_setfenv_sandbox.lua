-- setfenv on a loadstring chunk sandboxes its globals
local code = "x = 10; y = (y or 0) + 1; return print == nil, x + y"
local f = assert(loadstring(code))
local sandbox = {y = 5}
setfenv(f, sandbox)
print(f())
print(sandbox.x, sandbox.y, x, y)
sandbox.getfenv = getfenv
local g = loadstring("return getfenv(1)")
setfenv(g, sandbox)
print(g() == sandbox)
local h = loadstring("local function inner() return z end return inner()")
setfenv(h, {z = "inner sees chunk env"})
print(h())
