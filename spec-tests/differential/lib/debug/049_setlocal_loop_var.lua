-- debug.setlocal on the hidden (for step) slot of a numeric for loop changes the iteration
local seen = {}
for i = 1, 3 do
  seen[#seen + 1] = i
  debug.setlocal(1, 4, 100)
end
print(table.concat(seen, " "))
