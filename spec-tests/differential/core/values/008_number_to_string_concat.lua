-- Numbers are converted to strings by concatenation using %.14g.
print(1 .. "", 1.5 .. "|", -0.0 .. "", 1e100 .. "", 2^53 .. "")
print(10 .. 20, type(10 .. 20))
print("x" .. 1/3)
print(pcall(function() return "x" .. true end))
print(pcall(function() return "x" .. nil end))
