-- pow special cases: negative base with fractional exponent is NaN, inf and zero exponents
local p = math.pow(-8, 1/3)
print(p ~= p)
print(math.pow(0, -1), math.pow(-0.0 + 0, 3), math.pow(2, 1/0), math.pow(0.5, 1/0), math.pow(1/0, 0))
print((-8)^2, (-2)^3, 2^-1074 > 0, 2^1024)
