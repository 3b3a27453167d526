-- Negative float steps and limits that are not reached exactly.
for x = 1, -1, -0.4 do io.write(x, " ") end print()
for x = 10, 1, -3 do io.write(x, " ") end print()
for x = -1, -3, -1 do io.write(x, " ") end print()
for x = 0.5, -0.5, -0.25 do io.write(x, " ") end print()
