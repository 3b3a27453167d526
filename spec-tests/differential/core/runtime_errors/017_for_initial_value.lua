-- Uncaught: 'for' initial value must be a number.
for i = "1", 2 do io.write(i, " ") end print()
local start = "abc"
for i = start, 10 do end
print("not reached")
