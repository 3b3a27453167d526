-- String ordering is byte-wise.
local words = {"banana", "Apple", "apple", "cherry", "", "a", "ab", "B"}
table.sort(words)
print(table.concat(words, ","))
print("a" < "b", "abc" < "abd", "abc" < "ab")
