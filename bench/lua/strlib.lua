-- the string library: format, gsub, find, gmatch
local lines = {}
for i = 1, 4000 do
  lines[i] = string.format("%05d,%s,%.3f,%x", i, ("name" .. i):upper(), i / 7, i * 31)
end
local text = table.concat(lines, "\n")
local checksum = 0
for round = 1, 220 do
  local replaced, n = text:gsub("(%d+),(%u+)", "%2=%1")
  checksum = checksum + n + #replaced
  for a, b in text:gmatch("(%d+)%.(%d+)") do checksum = checksum + #a + #b end
  local pos, count = 1, 0
  while true do
    local s, e = text:find("NAME%d+5", pos)
    if not s then break end
    count = count + 1
    pos = e + 1
  end
  checksum = checksum + count + #string.format("%q %g %5.2f", text:sub(1, 30), round / 3, round * 1.5)
end
print("checksum", checksum)
