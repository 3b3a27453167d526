-- string.char with many arguments and string.byte returning many values
local t = {}
for i = 1, 200 do t[i] = 65 + i % 26 end
local s = string.char(unpack(t))
print(#s, s:sub(1, 30))
print(select('#', s:byte(1, -1)), select(200, s:byte(1, -1)))
