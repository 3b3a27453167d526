-- print: embedded zeros, tabs between arguments, long strings
print("a\0b")
print(#"a\0b")
print("tab\tinside", "x")
print(string.rep("=", 100))
print(1, 2, 3, 4, 5, 6, 7, 8, 9, 10)
print(-0.5, 1e-300, 2^63, -2^63)
