-- A stateless iterator: the for loop passes the state and control variable each time.
local function iter(limit, i)
  if i < limit then return i + 1, (i + 1) ^ 2 end
end
for i, sq in iter, 4, 0 do io.write(i, ":", sq, " ") end
print()
