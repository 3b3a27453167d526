-- Uncaught: table index is NaN.
local t = {}
local zero = 0
t[zero / zero] = 1
print("not reached")
