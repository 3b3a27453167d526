-- math.modf: integral and fractional parts, negatives, infinities
print(math.modf(3.7))
print(math.modf(-3.7))
print(math.modf(5))
print(math.modf(-0.5))
print(math.modf(1/0))
print(math.modf(-1/0))
print(math.modf(2^53 + 0.5))
print(pcall(function() return math.modf() end))
