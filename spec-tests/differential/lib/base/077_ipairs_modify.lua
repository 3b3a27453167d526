-- ipairs observes table changes during iteration
local t = {1, 2, 3}
for i, v in ipairs(t) do
  io.write(i, ":", v, " ")
  if i == 2 then t[4] = 4; t[5] = 5 end
end
print()
t = {1, 2, 3, 4}
for i, v in ipairs(t) do
  io.write(i, ":", v, " ")
  if i == 2 then t[3] = nil end
end
print()
