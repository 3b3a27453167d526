-- string.lower/upper reject non-string, non-number values
print(pcall(function() return string.lower({}) end))
print(pcall(function() return string.upper(nil) end))
print(pcall(function() return string.lower(true) end))
print(pcall(function() return string.upper() end))
print(pcall(string.lower, print))
