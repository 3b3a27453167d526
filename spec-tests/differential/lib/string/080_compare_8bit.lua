-- string comparison is byte-wise in the C locale, including bytes >= 128
local list = {"b", "a", "\200", "\127", "A", "", "\0", "ab", "a\0", "Z", "\255"}
table.sort(list)
local out = {}
for i, v in ipairs(list) do
  local bytes = {v:byte(1, -1)}
  out[i] = "{" .. table.concat(bytes, ",") .. "}"
end
print(table.concat(out, " "))
