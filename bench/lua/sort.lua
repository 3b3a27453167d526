-- table.sort with a Lua comparator over records
local seed = 42
local function rand()
  seed = (seed * 1103515245 + 12345) % 2147483648
  return seed
end
local checksum = 0
for round = 1, 17 do
  local items = {}
  for i = 1, 60000 do items[i] = {key = rand() % 100000, id = i} end
  table.sort(items, function(a, b)
    if a.key ~= b.key then return a.key < b.key end
    return a.id < b.id
  end)
  for i = 1, #items, 997 do checksum = (checksum + items[i].key * i) % 1000000007 end
end
print("checksum", checksum)
