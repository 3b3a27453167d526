-- string.byte with very large or very negative indices
print(("abc"):byte(2^31), ("abc"):byte(-2^31), ("abc"):byte(-2^31, 2^31))
print(select('#', ("abc"):byte(1e10, 1e10)))
print(select('#', ("abc"):byte(-1e10, -1e10)))
print(("abc"):byte(-1e10, 1))
