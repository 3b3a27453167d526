-- floor/ceil/modf on values beyond 2^31 and 2^53 stay exact
print(math.floor(2^31 + 0.5), math.ceil(2^31 + 0.5), math.floor(-2^31 - 0.5))
print(math.floor(2^52 + 0.5), math.floor(1e300) == 1e300)
print(math.modf(-2^40 - 0.25))
print(string.format("%.0f", math.floor(2^62 + 2^40)), math.ceil(-2^63) == -2^63)
print(math.floor(4503599627370495.5), math.ceil(4503599627370495.5))
