-- repeat's condition can see locals declared inside the loop body.
local i = 0
repeat
  local done = i >= 3
  i = i + 1
until done
print(i)
local n = 10
repeat local n = n - 1; io.write(n, " ") until n < 10
print()
