-- Numerals that overflow or underflow a double.
print(1e308 * 10, -1e308 * 10)
print(1e309, 2e-400)
print(0x100000000, 0xffffffffffff)
print(123456789012345678)
