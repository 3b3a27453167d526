-- string.char: builds strings from byte values, empty call, zeros
print(string.char(72, 105))
print(string.char() == "", #string.char())
print(#string.char(0, 0, 0), string.char(0, 65) == "\0A")
print(string.char("65", 66.0))
local t = {}
for i = 0, 255 do t[#t + 1] = string.char(i) end
local all = table.concat(t)
print(#all, all:byte(1), all:byte(256), all:sub(98, 100))
