-- math.abs: integers, floats, negative zero, infinities, string coercion, errors
print(math.abs(-5), math.abs(5), math.abs(-2.5), math.abs(0))
local z = 0
print(math.abs(-z), math.abs(-1/0), math.abs("-3"))
print(pcall(function() return math.abs() end))
print(pcall(function() return math.abs("x") end))
print(pcall(function() return math.abs({}) end))
