-- io.open argument type errors
print(pcall(function() return io.open() end))
print(pcall(function() return io.open({}) end))
print(pcall(function() return io.open("x", {}) end))
print(pcall(function() return io.open(nil, "r") end))
print(pcall(io.open))
