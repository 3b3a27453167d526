-- tonumber: leading/trailing whitespace of every kind, base 10 and other bases
local ws = {" ", "\t", "\n", "\r", "\v", "\f"}
for i, w in ipairs(ws) do
  io.write(tostring(tonumber(w .. "5" .. w)), " ", tostring(tonumber(w .. "z" .. w, 36)), " ")
end
print()
print(tonumber("5 5"), tonumber("5\0"), tonumber("0x 5"), tonumber(" 0x5 "))
print(tonumber("1e5", 10), tonumber("  ff  ", 16), tonumber("f f", 16))
