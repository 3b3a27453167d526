-- Line breaks inside long strings: \r\n pairs become one \n; a leading newline is dropped.
local s = loadstring("return [[\r\nA\r\nB\n\rC]]")()
for i = 1, #s do io.write(string.byte(s, i), " ") end
print()
local t = loadstring("return [[\n\nX]]")()
print(#t, string.byte(t, 1))
