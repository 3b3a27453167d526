-- string building: concatenation in loops and table.concat
local total = 0
for round = 1, 230 do
  local parts = {}
  for i = 1, 20000 do parts[#parts + 1] = "item" .. i .. ";" end
  local joined = table.concat(parts)
  local s = ""
  for i = 1, 400 do s = s .. (i % 10) end
  total = total + #joined + #s
end
print("checksum", total)
