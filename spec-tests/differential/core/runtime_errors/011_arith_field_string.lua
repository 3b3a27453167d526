-- Uncaught: attempt to perform arithmetic on field 'x' (a string value) for a non-numeric string.
print("10" + 1)
local t = {x = "abc"}
print(t.x + 1)
print("not reached")
