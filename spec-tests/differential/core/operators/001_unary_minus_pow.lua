-- ^ binds tighter than unary minus: -x^2 == -(x^2); exponent's unary minus works.
local x = 3
print(-x^2, (-x)^2, -2^2, 2^-2, 2^-1^2)
print(-x^-1)
print(-2 ^ -2, (-2) ^ -2)
