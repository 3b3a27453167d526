-- Concatenation of numbers: float formatting via %.14g, negative numbers, exponents.
print(1e15 .. "", 1e16 .. "", 0.1 .. "", 1/3 .. "")
print(-1.5 .. "", 2^63 .. "", 5e-324 .. "")
print(12 .. "" == "12", 12.0 .. "" == "12")
print(100 .. "", 1e2 .. "", 123456789012 .. "")
