-- math.sqrt on large, tiny and exact squares
print(math.sqrt(1e300), math.sqrt(1e-300), math.sqrt(2^52), math.sqrt(0.25))
print(math.sqrt(144) == 12, math.sqrt(2) * math.sqrt(2) == 2)
print(math.sqrt(5e-324), math.sqrt(1.7976931348623157e308))
for i = 1, 5 do io.write(math.sqrt(i * i) == i and "exact " or "inexact ") end
print()
