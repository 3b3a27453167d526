-- os.clock: a non-negative number (value not printed)
local c = os.clock()
print(type(c), c >= 0)
local x = 0
for i = 1, 100000 do x = x + i end
print(os.clock() >= c)
