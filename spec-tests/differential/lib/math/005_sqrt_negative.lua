-- math.sqrt of a negative number is NaN (compared, not printed)
local r = math.sqrt(-1)
print(r ~= r, type(r))
print(math.sqrt(-0.0) == 0)
local z = 0
print(1 / math.sqrt(-z))
