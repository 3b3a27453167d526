-- math.random() after randomseed(0): values in range, sequences reproducible
math.randomseed(0)
local x1, x2 = math.random(), math.random(100)
math.randomseed(0)
print(math.random() == x1, math.random(100) == x2, x1 >= 0 and x1 < 1)
math.randomseed(2^31 + 0.5)
print(type(math.random()))
