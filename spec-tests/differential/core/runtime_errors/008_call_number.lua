-- Uncaught: calling a number held in a local.
print("n is a", type(42))
local n = 42
n()
print("not reached")
