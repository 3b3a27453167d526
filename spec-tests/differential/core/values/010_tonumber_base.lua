-- tonumber with an explicit base.
print(tonumber("ff", 16), tonumber("FF", 16), tonumber("777", 8), tonumber("1010", 2))
print(tonumber("zz", 36), tonumber("Z", 36), tonumber("10", 10))
print(tonumber("8", 8), tonumber("2", 2), tonumber("", 10))
print(tonumber("  11  ", 2), tonumber("1.5", 10), tonumber(" -ff", 16))
print(pcall(tonumber, "1", 1))
print(pcall(tonumber, "1", 37))
