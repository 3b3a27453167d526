-- Uncaught: attempt to index local 'n' (a number value).
print(math.floor(2.5))
local n = 5
print(n.x)
print("not reached")
