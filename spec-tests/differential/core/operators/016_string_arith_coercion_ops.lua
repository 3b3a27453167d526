-- Every arithmetic operator coerces numeric strings.
local a, b = "7", "2"
print(a + b, a - b, a * b, a / b, a % b, a ^ b, -a)
print("0x10" * 1, "1e1" * 1, " 3 " * 1)
print("2" ^ "0.5" == 2 ^ 0.5, "10" / "0")
