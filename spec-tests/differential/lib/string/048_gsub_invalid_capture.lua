-- string.gsub: invalid capture index in replacement string; other % escapes
print(pcall(string.gsub, "abc", "(b)", "%2"))
print(pcall(string.gsub, "abc", "b", "%2"))
print(pcall(string.gsub, "abc", "b", "%9"))
print(pcall(string.gsub, "abc", "(b)", "%a"))
print(pcall(function() return ("abc"):gsub("(a)(b)(c)", "%3%2%1%0") end))
