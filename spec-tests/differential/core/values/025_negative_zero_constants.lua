-- 5.1 quirk: folded constants -0 and 0 share one slot of a function's constant table,
-- so whichever is used first in a function decides how both print.
local function first_neg() return -0, 0 end
local function first_pos() return 0, -0 end
local function folded() return 0 * -1 end
local function only_neg() return -0 end
print(first_neg())
print(first_pos())
print(folded())
print(only_neg())
local z = 0
print(-z)
