-- string.gsub: numeric replacement strings and returned numbers use %.14g
print(("x"):gsub("x", 1.5))
print(("x"):gsub("x", 1/3))
print(("x"):gsub("x", function() return 2^60 end))
print(("x y"):gsub("%a", {x = 10, y = 1e100}))
