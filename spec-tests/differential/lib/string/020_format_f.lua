-- string.format %f: precision, rounding, widths, large values
local f = string.format
print(f("%f", 0), f("%f", 1/3), f("%f", -2.5), f("%.0f", 2.5), f("%.0f", 3.5), f("%.0f", -0.5))
print(f("%.2f", 1.005), f("%.2f", 2.675), f("%.3f", 1e-10), f("%.1f", 0.05), f("%.1f", 0.25))
print(f("[%10.3f]", math.pi), f("[%-10.3f]", math.pi), f("[%010.3f]", -math.pi), f("[%+.3f]", math.pi))
print(f("%#.0f", 1), f("%.0f", 1), f("% f", 1))
print(f("%f", 1e15), f("%f", 2^63), f("%.f", 7.5))
print(f("%f", 1e100))
print(f("%.20f", 0.1))
print(f("%f", 1/0), f("%f", -1/0), f("%.3f", -1/0))
