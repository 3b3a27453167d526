-- invalid capture index and unfinished capture references
print(pcall(string.match, "aa", "(a)%2"))
print(pcall(string.match, "aa", "(a%1)"))
print(pcall(string.gsub, "aa", "(a)", "%2"))
print(pcall(string.find, "aa", "%0"))
