-- All numbers are doubles: integer and float forms are the same value.
print(1 == 1.0, 3 / 2, 4 / 2, 2^0.5 * 2^0.5 == 2)
print(math.floor(3.7), math.floor(-3.7), 7 % 3, -7 % 3, 7 % -3, 5.5 % 2)
print(2^53 + 1 == 2^53, 1e15 + 0.5)
print(3 == 3.0000000000000001, 0.1 * 3 == 0.3)
