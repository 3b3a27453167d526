-- Uncaught: attempt to concatenate local 's' (a table value).
print("x" .. 1)
local s = {}
print("x" .. s)
print("not reached")
