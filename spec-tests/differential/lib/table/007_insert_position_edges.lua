-- table.insert at position 0, negative, beyond #t+1 (5.1.5 does not check the position)
local function show(t, lo, hi)
  local out = {}
  for i = lo, hi do out[#out + 1] = tostring(t[i]) end
  return table.concat(out, " ")
end
local t = {1, 2, 3}
table.insert(t, 0, "zero")
print(show(t, -1, 5))
t = {1, 2, 3}
table.insert(t, -1, "neg")
print(show(t, -2, 5))
t = {1, 2, 3}
table.insert(t, 5, "five")
print(show(t, 1, 6))
