-- Uncaught: attempt to call upvalue 'callback' (a nil value).
local callback
local function fire() callback("event") end
fire()
print("not reached")
