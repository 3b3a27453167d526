-- Arithmetic on non-numbers raises errors naming the type.
print(pcall(function() return true + 1 end))
print(pcall(function() return {} * 2 end))
print(pcall(function() local x; return -x end))
print(pcall(function() return 2 ^ print end))
