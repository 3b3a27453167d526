-- back-references %1..%9 inside patterns
print(("hello"):match("(l)%1"))
print(("abcabc"):match("(abc)%1"))
print(("say 'hi' or \"yo\""):match("([\"'])(.-)%1"))
print(("xyzzy"):find("(%a)%1"))
print(pcall(string.match, "aa", "%1"))
print(pcall(string.match, "aa", "(a%1)"))
print(("aaa"):match("(a)(%1)(%2)"))
