-- string.gsub: argument errors
print(pcall(function() return string.gsub() end))
print(pcall(function() return string.gsub("a") end))
print(pcall(function() return string.gsub("a", "a") end))
print(pcall(function() return string.gsub({}, "a", "b") end))
print(pcall(function() return string.gsub("a", {}, "b") end))
print(string.gsub(123, 2, 9))
