-- string ordering: prefixes, embedded zeros, equal strings
print("a" < "b", "a" < "ab", "ab" < "b", "" < "a", "a" <= "a", "b" >= "a")
print("a\0a" < "a\0b", "a\0" > "a", "\0" > "", "Z" < "a", "10" < "9")
print(pcall(function() return "a" < 1 end))
print(pcall(function() return {} < {} end))
