-- math.fmod with infinities and zero
local a = math.fmod(1/0, 1)
print(a ~= a, math.fmod(1, 1/0), math.fmod(-1, 1/0), math.fmod(0, 1/0))
local z = 0
print(math.fmod(-z, 3), math.fmod(6, 3), math.fmod(-6, 3))
