-- math.max/min: one or many arguments, mixed signs, infinities
print(math.max(1), math.min(1))
print(math.max(3, 1, 2), math.min(3, 1, 2))
print(math.max(-1, -5), math.min(-1, -5))
print(math.max(1, 1/0), math.min(-1/0, 0))
print(math.max("10", 9), math.min("1", 2))
print(math.max(1.5, 1.25, 1.75), math.min(1.5, 1.25, 1.75))
