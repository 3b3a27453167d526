-- Uncaught: attempt to call global 'f' (a nil value).
local function g() return "g works" end
print(g())
print(type(f))
f()
