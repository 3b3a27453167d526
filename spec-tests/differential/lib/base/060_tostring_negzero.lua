-- tostring of computed negative zero and integral floats
local z = 0
print(tostring(-z))
print(tostring(z * -1))
print(-z == z)
print(tostring(1e15), tostring(-1e15), tostring(2^31), tostring(2^32 + 0.5))
print(tostring(100000000000000), tostring(99999999999999.9))
print(tostring(0.1 + 0.2), tostring(1 - 0.9))
print(1e15 + 0.3, 123456.7890123)
