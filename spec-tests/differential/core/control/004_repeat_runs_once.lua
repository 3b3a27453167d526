-- repeat body runs at least once.
local runs = 0
repeat runs = runs + 1 until true
print(runs)
local x = 10
repeat x = x + 1 until x > 5
print(x)
