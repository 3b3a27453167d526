-- string.sub on empty string and large indices
print("[" .. (""):sub(1) .. "]", "[" .. (""):sub(0, 0) .. "]", "[" .. (""):sub(-1, 1) .. "]")
print(("abc"):sub(2^31), ("abc"):sub(-2^31, 2), ("abc"):sub(1, 2^31))
print(("abc"):sub(3, 2^53), ("abc"):sub(1e10, -1e10))
print(("abc"):sub(-1e10, 1e10), #("abc"):sub(4, 1e10))
print(("hello"):sub(2, -2), ("hello"):sub(-2, -1))
