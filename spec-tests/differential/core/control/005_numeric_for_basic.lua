-- Numeric for: inclusive bounds, default step 1, empty ranges.
for i = 1, 3 do io.write(i, " ") end print()
for i = 3, 1 do io.write(i, " ") end print("(empty)")
for i = 1, 1 do io.write(i, " ") end print()
for i = 5, 1, -2 do io.write(i, " ") end print()
