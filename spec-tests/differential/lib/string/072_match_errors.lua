-- string.match: argument errors
print(pcall(function() return string.match() end))
print(pcall(function() return string.match("a") end))
print(pcall(function() return string.match("a", "a", "x") end))
print(string.match(123, "%d"), string.match(1.5, "%."))
