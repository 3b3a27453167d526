-- division by zero and infinities produce IEEE results (NaN compared, not printed)
print(1/0, -1/0, 0/1, -1/0 < 0)
local nan = 0/0
print(nan ~= nan, nan == nan, nan < 1, nan > 1)
print(math.huge - math.huge ~= math.huge - math.huge)
print(1/math.huge, -1/math.huge)
