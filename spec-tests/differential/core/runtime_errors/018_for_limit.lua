-- Uncaught: 'for' limit must be a number.
for i = 1, 2 do io.write(i, " ") end
print()
print("now a nil limit")
for i = 1, nil do end
