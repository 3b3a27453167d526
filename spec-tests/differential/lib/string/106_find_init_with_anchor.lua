-- string.find: '^' with init anchors at init, not at the start of the subject
print(("abcabc"):find("^abc", 4))
print(("abcabc"):find("^bc", 1))
print(("abcabc"):find("^bc", 2))
print(("abcabc"):match("^(.)", -2))
print(("abc"):gsub("^.", "X", 1))
