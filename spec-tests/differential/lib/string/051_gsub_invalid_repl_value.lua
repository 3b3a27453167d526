-- string.gsub: replacement values must be strings or numbers
print(pcall(string.gsub, "abc", "b", function() return {} end))
print(pcall(string.gsub, "abc", "b", {b = true}))
print(pcall(string.gsub, "abc", "b", function() return print end))
print(pcall(function() return ("abc"):gsub("b", true) end))
print(pcall(function() return ("abc"):gsub("b") end))
print(pcall(function() return ("abc"):gsub("b", nil) end))
