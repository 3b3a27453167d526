-- Arithmetic on numeric strings yields numbers; concatenation of numbers yields strings.
local a = "10" + "20"
local b = 10 .. 20
print(a, type(a), b, type(b))
print(("5"):rep(2) + 1)
print(math.max("3", 2), type(math.max("3", 2)))
