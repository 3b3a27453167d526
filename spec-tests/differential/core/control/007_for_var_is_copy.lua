-- Changing the loop variable inside the body does not affect the iteration.
for i = 1, 3 do
  io.write(i, " ")
  i = i * 10
  io.write(i, "; ")
end
print()
