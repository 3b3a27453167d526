-- Exponentiation corners (C pow()).
local zero = 0
print(0^0, 2^0.5, 4^0.5, (-8)^(1/3) ~= (-8)^(1/3), 10^-1)
print(zero^-1, (-zero)^-1, 1^math.huge, 2^1000)
print((-2)^2, (-2)^3, (-2)^0.5 ~= (-2)^0.5)
