-- Comparisons never coerce: a number and a string cannot be ordered.
print(pcall(function() return 1 < "2" end))
print(pcall(function() return "1" <= 2 end))
print(pcall(function() return {} < {} end))
print(pcall(function() return nil > 1 end))
print(pcall(function() return true < false end))
