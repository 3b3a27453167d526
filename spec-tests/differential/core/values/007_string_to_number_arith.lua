-- Strings that look like numbers are converted in arithmetic.
print("10" + 1, "3" * "4", "2" ^ "10", "10" / "4", "7" % "3", -"2")
print(" 10 " + 0, "0x10" + 0, "1e2" + 0, "  -5" * 2)
print("10" + 0 == 10, type("10" + 0))
print(pcall(function() return "abc" + 1 end))
print(pcall(function() return "" + 1 end))
