-- Uncaught: attempt to index local 't' (a nil value).
local t
print("before")
print(t.x)
print("not reached")
