-- Comparison results are booleans; comparing booleans with numbers via == is just false.
print(1 < 2, 2 < 1, 1 <= 1, 1 >= 2, 1 ~= 1, 1 == 1)
print((1 < 2) == true, 1 < 2 == true)
print(pcall(function() return 1 < 2 < 3 end))
print(pcall(function() return (1 < 2) < true end))
