-- string.find: ^ anchors only at pattern start, $ only at end
print(("a^b"):find("a^b"))
print(("a$b"):find("a$b"))
print(("ab$"):find("b$"))
print(("^ab"):find("^^"))
print(("abc"):find("^abc$"))
print(("abcd"):find("^abc$"))
print(("aaa"):find("^a", 2))
