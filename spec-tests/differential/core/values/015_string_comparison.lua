-- Strings compare by bytes (C locale), shorter prefix first.
print("a" < "b", "a" < "ab", "" < "a", "Z" < "a", "10" < "9")
print("abc" <= "abc", "abd" > "abc", "a\0b" < "a\0c", "a\0" > "a")
print(2 < 10, "2" < "10")
print("\255" > "\1", "a" >= "a", "b" <= "a")
