-- tostring of integral doubles uses %.14g: exact up to 14 digits, exponent beyond.
print(0, 1, -1, 100, 123456789)
print(1e14, 1e15, 1e16, 1e100)
print(99999999999999, 999999999999999, 123456789012345)
print(2^31, 2^32, 2^53, 2^63, 2^64)
print(-2^53, -2^63)
