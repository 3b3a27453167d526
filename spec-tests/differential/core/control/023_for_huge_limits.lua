-- Loops with infinite limits stop by break; large exact integers as loop values.
local n = 0
for i = 1, math.huge do n = n + 1; if n == 3 then break end end
print(n)
for i = 2^53 - 3, 2^53 - 1 do io.write(string.format("%.0f ", i)) end print()
for i = 1, -math.huge do print("never") end
print("end")
