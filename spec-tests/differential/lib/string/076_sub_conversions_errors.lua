-- string.sub: string/fractional indices, errors, numbers as subject
print(("abcdef"):sub("2", "3"), ("abcdef"):sub(2.7, 4.2), ("abcdef"):sub(-2.5))
print(string.sub(12345, 2, 3), string.sub(1.25, 2))
print(pcall(function() return ("abc"):sub() end))
print(pcall(function() return ("abc"):sub("x") end))
print(pcall(function() return string.sub() end))
print(("abc"):sub(2, nil))
