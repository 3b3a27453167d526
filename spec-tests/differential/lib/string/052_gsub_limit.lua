-- string.gsub: the n argument limits replacements
print(("aaaa"):gsub("a", "b", 2))
print(("aaaa"):gsub("a", "b", 0))
print(("aaaa"):gsub("a", "b", -1))
print(("aaaa"):gsub("a", "b", 10))
print(("aaaa"):gsub("a", "b", 2.9))
print(("aaaa"):gsub("a", "b", "3"))
print(pcall(function() return ("a"):gsub("a", "b", "x") end))
print(("abc"):gsub("", "-", 2))
