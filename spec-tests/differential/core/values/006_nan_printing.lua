-- How lua5.1 prints NaNs produced in different ways (x86 default NaN has the sign bit: '-nan').
local zero, one, inf = 0, 1, math.huge
print(zero / zero)
print(-(zero / zero))
print(inf - inf)
print(math.sqrt(-one))
print(string.format("%.1f", zero / zero))
-- 5.1 computes a % b as a - floor(a/b)*b, so these are NaN too
print(5 % zero, -5 % zero, 5 % inf, -5 % inf)
