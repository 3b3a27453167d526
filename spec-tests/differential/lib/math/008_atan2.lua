-- math.atan2 in every quadrant and with zeros
print(math.atan2(1, 1), math.atan2(1, -1), math.atan2(-1, -1), math.atan2(-1, 1))
print(math.atan2(0, 1), math.atan2(0, -1), math.atan2(1, 0), math.atan2(-1, 0))
local z = 0
print(math.atan2(-z, -1), math.atan2(0, 0), math.atan2(1/0, 1/0))
print(pcall(function() return math.atan2(1) end))
