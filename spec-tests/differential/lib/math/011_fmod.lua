-- math.fmod: sign follows the dividend; division by zero gives NaN
print(math.fmod(7, 3), math.fmod(-7, 3), math.fmod(7, -3), math.fmod(-7, -3))
print(math.fmod(5.5, 2), math.fmod(-5.5, 2), math.fmod(1, 1/0), math.fmod(0, 5))
local n = math.fmod(1, 0)
print(n ~= n)
print(math.fmod(2^53, 3), math.fmod(1e308, 7))
print(pcall(function() return math.fmod(1) end))
