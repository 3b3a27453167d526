-- the % operator: a - floor(a/b)*b, sign follows the divisor
print(7 % 3, -7 % 3, 7 % -3, -7 % -3)
print(5.5 % 2, -5.5 % 2, 5 % 0.5, 1 % 0.25)
-- 5.1 computes a - floor(a/b)*b, so a finite number modulo infinity is NaN
local m1, m2 = 3 % math.huge, -3 % math.huge
print(m1 ~= m1, m2 ~= m2)
local n = 1 % 0
print(n ~= n)
