-- inf, -inf, -0 (computed at run time) and large values as printed by C's printf on Linux.
local zero, one = 0, 1
local inf = one / zero
print(inf, -inf, math.huge, -math.huge)
print(-zero, zero * -one, tostring(-zero), -zero == zero)
print(1e308, -1e308, 1.7976931348623157e308)
print(inf == math.huge, -inf < 0)
