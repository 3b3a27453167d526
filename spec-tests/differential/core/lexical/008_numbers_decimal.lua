-- Decimal numerals with fractions and exponents.
print(3, 3.0, 3.1416, 314.16e-2, 0.31416E1, 34e1)
print(.5, 5., 1e2, 1E+2, 1e-2, 2.5e+3)
print(0.1 + 0.2 == 0.3, 100 == 1e2)
print(1e0, 0e5, 00012, 1.e1)
