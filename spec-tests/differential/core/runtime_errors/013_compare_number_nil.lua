-- Uncaught: attempt to compare number with nil.
print(5 < 6)
local limit
if 5 < limit then end
print("not reached")
