-- Usual precedence: * / % over + -, left associative.
print(1 + 2 * 3, (1 + 2) * 3, 10 - 4 - 3, 100 / 10 / 2, 7 % 4 % 2)
print(2 * 3 % 4, 2 + 3 .. "", "a" .. 1 + 2)
print(1 + 2 < 4, 1 .. 2 == "12")
print(2 + 3 * 4 ^ 2 / 8 - 1)
