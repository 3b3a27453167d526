-- string.find: argument errors
print(pcall(function() return string.find() end))
print(pcall(function() return string.find("a") end))
print(pcall(function() return string.find("a", {}) end))
print(pcall(function() return string.find("a", "a", "x") end))
print(string.find(12345, 3))
print(string.find("x1.5y", 1.5))
