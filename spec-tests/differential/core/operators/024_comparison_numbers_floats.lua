-- Numeric comparisons of floats and infinities.
local inf = math.huge
print(-inf < -1e308, 1e308 < inf, 0 == -0, 0.1 + 0.2 > 0.3, 1/3 < 0.33333333333334)
print(math.max(1, 2, 3), math.min(2, -1, 0))
print(2^53 == 2^53 + 1, -0.0 < 0)
