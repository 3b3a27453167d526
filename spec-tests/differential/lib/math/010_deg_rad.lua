-- math.deg and math.rad
print(math.deg(math.pi), math.deg(1), math.deg(-math.pi / 2))
print(math.rad(180), math.rad(90), math.rad(1))
print(math.deg(math.rad(123.456)))
print(math.rad("360"))
