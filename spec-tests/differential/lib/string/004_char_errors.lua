-- string.char: invalid values
print(pcall(function() return string.char(256) end))
print(pcall(function() return string.char(-1) end))
print(pcall(function() return string.char(65, 1000) end))
print(pcall(function() return string.char("x") end))
print(pcall(function() return string.char(nil) end))
print(pcall(string.char, 65, 256))
print(string.char(65.7))
