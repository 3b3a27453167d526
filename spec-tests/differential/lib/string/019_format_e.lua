-- string.format %e %E: precision, flags, special values
local f = string.format
print(f("%e", 0), f("%e", 1), f("%e", -1234.5678), f("%E", 1234.5678))
print(f("%.0e", 12345), f("%#.0e", 12345), f("%.10e", 1/3), f("%+e", 5), f("% e", 5))
print(f("[%15e]", 1.5), f("[%-15e]", 1.5), f("[%015e]", -1.5))
print(f("%e", 1e300), f("%e", 1e-300), f("%e", 5e-324))
print(f("%e", 1/0), f("%E", -1/0), f("%5.1e", 0.05))
