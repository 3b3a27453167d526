-- string.find: init negative, zero, beyond length
local s = "abcabc"
print(s:find("b", 0))
print(s:find("b", -1))
print(s:find("b", -3))
print(s:find("b", -100))
print(s:find("b", 7))
print(s:find("", 7))
print(s:find("", 8))
print(s:find("", 0))
print(s:find("", -1))
print(s:find("c", 6))
print(s:find("$", 1))
print(s:find("^", 4))
