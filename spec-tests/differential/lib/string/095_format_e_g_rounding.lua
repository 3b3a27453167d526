-- %e and %g rounding at the last digit (round half to even on exact binary values)
local f = string.format
print(f("%.1e", 2.25), f("%.1e", 2.35), f("%.1e", 2.45), f("%.0e", 5), f("%.0e", 15), f("%.0e", 25))
print(f("%.2g", 2.25), f("%.2g", 0.125), f("%.1g", 0.25), f("%.3g", 1.0005))
print(f("%.0f", 0.5), f("%.0f", 1.5), f("%.0f", 2.5), f("%.0f", -1.5), f("%.1f", 0.125), f("%.2f", 0.125))
print(f("%.3f", 1.0005), f("%.1f", 1e15 + 0.25))
