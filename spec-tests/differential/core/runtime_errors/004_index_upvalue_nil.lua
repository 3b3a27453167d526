-- Uncaught: attempt to index upvalue 'u' (a nil value).
local u
local function f() return u.x end
f()
print("not reached")
