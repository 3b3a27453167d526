-- % follows the sign of the divisor.
print(5 % 3, -5 % 3, 5 % -3, -5 % -3)
print(5.5 % 2, -5.5 % 2, 0.3 % 0.1)
print(1e15 % 7, 2^53 % 3)
print(-1 % 5, 1 % -5, -0.5 % 1)
