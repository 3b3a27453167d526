-- ^ is right associative.
print(2^3^2, (2^3)^2, 2^(3^2))
local a, b, c = 2, 3, 2
print(a^b^c)
print(2^-1^-1, 4^0.5^2)
