-- string.sub/byte/find with -0 and 0 indices
local z = 0
print(("abc"):sub(-z), ("abc"):sub(0), ("abc"):byte(-z), ("abc"):find("a", -z))
print(("abc"):sub(0, -z), ("abc"):sub(-z, -z), ("abc"):byte(0, 1))
print(("abc"):match("()", 0), ("abc"):match("()", -z))
print(("abc"):find("", 0), ("abc"):find("", -z))
