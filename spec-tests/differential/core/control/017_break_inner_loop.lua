-- break leaves only the innermost loop.
for i = 1, 3 do
  for j = 1, 3 do
    if j > i then break end
    io.write(i, j, " ")
  end
end
print()
local k = 0
while true do k = k + 1; if k == 4 then break end end
print(k)
repeat break until false
print("after repeat")
