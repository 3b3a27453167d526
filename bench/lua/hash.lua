-- string-keyed hash tables: counting generated words, then reading them back
local counts = {}
local words = {}
for i = 1, 2000 do words[i] = "w" .. (i * 7919 % 2000) .. "_" .. (i % 13) end
for round = 1, 10000 do
  for i = 1, #words do
    local w = words[(i * round) % #words + 1]
    counts[w] = (counts[w] or 0) + 1
  end
end
local sum, distinct = 0, 0
for k, v in pairs(counts) do distinct = distinct + 1; sum = sum + v * #k end
local lookups = 0
for round = 1, 8000 do
  for i = 1, #words do if counts[words[i]] then lookups = lookups + 1 end end
end
print("checksum", distinct, sum, lookups)
