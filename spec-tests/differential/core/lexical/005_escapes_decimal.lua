-- Decimal escapes \d, \dd, \ddd take at most three digits.
local s = "\0\1\12\123\1234\255"
print(#s)
for i = 1, #s do io.write(string.byte(s, i), " ") end
print()
print("\65\066\0671")
print("a\0b" == "a" .. string.char(0) .. "b", #"a\0b")
