-- string.format %g %G: switch between fixed and exponent, trailing zeros, # flag
local f = string.format
for _, v in ipairs({0, 1, 10, 100000, 1000000, 1e15, 1e16, 0.0001, 0.00001, 123456789, 1.5, -2.25,
    1/3, 2^53, 1e-300, 1e300}) do
  print(f("%g", v), f("%G", v), f("%.3g", v), f("%#g", v), f("%.14g", v), f("%.17g", v))
end
print(f("%g", 1/0), f("%G", 1/0), f("%g", -1/0))
print(f("%.0g", 123), f("%.1g", 0.15), f("%#.3g", 1), f("[%10.2g]", 1234), f("[%-10G]", 1e-10))
