-- Division and modulo corners (a % b == a - floor(a/b)*b).
local zero = 0
print(1/zero, -1/zero, 0/1)
print(5.25 % 1, -5.25 % 1, 3 % -2, -3 % 2, 5 % -3, -5 % -3)
print(1e308 + 1e308, 2^1024, 2^-1080)
print(7 / 2, -7 / 2, 2^0.5)
