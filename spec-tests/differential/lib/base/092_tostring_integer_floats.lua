-- tostring: %.14g rounding at the 14th significant digit
print(tostring(0.1 + 0.7), tostring(1.00000000000001), tostring(1.000000000000001))
print(tostring(99999999999999), tostring(999999999999999), tostring(9999999999999.95))
print(tostring(1/7), tostring(-1/7), tostring(22/7))
print(tostring(1e-7), tostring(1.5e-7), tostring(0.00001), tostring(0.000012345678901234))
print(tostring(5e-5), tostring(123e-20), tostring(2^-1074))
