-- Uncaught assert failures with and without message.
local function check(v) assert(v, "value must be truthy") end
check(1)
check(false)
print("not reached")
