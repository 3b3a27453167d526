-- tonumber with a base: 2..36, letters, case, invalid digits -> nil
print(tonumber("1010", 2), tonumber("777", 8), tonumber("ff", 16), tonumber("FF", 16))
print(tonumber("zz", 36), tonumber("ZZ", 36), tonumber("10", 36))
print(tonumber("2", 2), tonumber("19", 9), tonumber("8", 8))
print(tonumber("  11  ", 2), tonumber("- 11", 2))
print(tonumber("0x10", 16), tonumber("0x10", 10), tonumber("1e2", 10), tonumber("1e2", 16))
print(tonumber("1.5", 10), tonumber("1.5", 16), tonumber("", 10), tonumber(" ", 10))
print(tonumber("7fffffff", 16), tonumber("ffffffff", 16), tonumber("100000000", 16))
print(tonumber("zzzzzzzzzzzz", 36))
for b = 2, 36 do io.write(tonumber("10", b), " ") end
print()
print(tonumber(10, 16), tonumber(255, 10))
