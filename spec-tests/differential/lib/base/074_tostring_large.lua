-- tostring of integer-valued floats near the %.14g limit
for e = 10, 20 do print(e, tostring(10^e), tostring(10^e + 1)) end
print(tostring(2^53 + 1), tostring(-(2^53)))
print(tostring(123456789012), tostring(1234567890123), tostring(12345678901234))
print(tostring(99999999999999), tostring(100000000000001))
print(tostring(-99999999999999), tostring(-123456789012345))
