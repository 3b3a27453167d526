-- string.byte and string.char are inverse for all 256 byte values
local ok = true
for i = 0, 255 do
  local c = string.char(i)
  if c:byte() ~= i or #c ~= 1 then ok = false end
end
print(ok)
local s = "h\0e\200l\255lo"
print(string.char(s:byte(1, -1)) == s, #s)
