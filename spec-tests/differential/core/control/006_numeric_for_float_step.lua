-- Numeric for with fractional steps accumulates floating point values.
for x = 0, 1, 0.25 do io.write(x, " ") end print()
for x = 1, 0, -0.5 do io.write(x, " ") end print()
local n = 0
for x = 0, 1, 0.1 do n = n + 1 end
print(n)
for x = 0.1, 0.35, 0.1 do io.write(x, " ") end print()
