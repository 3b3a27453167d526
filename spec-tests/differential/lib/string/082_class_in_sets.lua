-- pattern classes inside sets and their complements count all 256 bytes
local all = {}
for i = 0, 255 do all[#all + 1] = string.char(i) end
all = table.concat(all)
for _, c in ipairs({"a", "c", "d", "l", "p", "s", "u", "w", "x", "z"}) do
  local _, n1 = all:gsub("[%" .. c .. "]", "")
  local _, n2 = all:gsub("[^%" .. c .. "]", "")
  local _, n3 = all:gsub("%" .. c:upper(), "")
  print(c, n1, n2, n3, n1 + n2)
end
local _, n = all:gsub(".", "")
print("dot", n)
