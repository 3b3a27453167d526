-- string.byte: argument errors and conversions
print(pcall(function() return string.byte() end))
print(pcall(function() return string.byte({}) end))
print(pcall(function() return string.byte("abc", "x") end))
print(string.byte(123, 2))
print(string.byte("abc", "2"))
print(string.byte("abc", 1.9))
print(string.byte("abc", 2, 2.5))
