-- string.match: init argument including negative and past the end
print(("abcabc"):match("a", 2))
print(("abcabc"):match("()a", -3))
print(("abcabc"):match("^a", 4))
print(("abcabc"):match("^b", 2))
print(("abc"):match("", 10))
print(("abc"):match("()", 4))
print(("abc"):match("()", -10))
