-- pcall returns true plus results, or false plus the error value.
print(pcall(function(a, b) return a + b, a * b end, 3, 4))
print(pcall(function() end))
print(pcall(error, "x", 0))
print(pcall(pcall, error, "y"))
