-- while loops test the condition before each iteration.
local i, sum = 1, 0
while i <= 10 do sum = sum + i; i = i + 1 end
print(i, sum)
while false do print("never") end
local n = 0
while n < 3 do n = n + 1; io.write(n, " ") end
print()
