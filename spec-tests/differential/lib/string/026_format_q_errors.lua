-- string.format %q: non-string arguments
print(pcall(function() return string.format("%q", nil) end))
print(pcall(function() return string.format("%q", {}) end))
print(pcall(function() return string.format("%q") end))
print(string.format("%q", 1e100))
