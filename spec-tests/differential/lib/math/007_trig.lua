-- math.sin/cos/tan and inverses, with %.14g output
print(math.sin(0), math.sin(math.pi / 2), math.sin(math.pi / 6))
print(math.cos(0), math.cos(math.pi), math.cos(math.pi / 3))
print(math.tan(0), math.tan(math.pi / 4))
print(math.asin(1), math.acos(0), math.atan(1))
print(math.asin(0), math.acos(1), math.atan(0))
print(math.atan(1/0), math.atan(-1/0))
local bad = math.asin(2)
print(bad ~= bad)
