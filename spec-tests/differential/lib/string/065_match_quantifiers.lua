-- quantifiers * + - ? and their greediness
print(("aaab"):match("a*"), ("aaab"):match("a+"), ("aaab"):match("a-"), ("aaab"):match("a?"))
print(("aaab"):match("a-b"), ("<a><b>"):match("<.->"), ("<a><b>"):match("<.*>"))
print(("b"):match("a*b"), ("b"):match("a+b"), ("ab"):match("a?b"), ("aab"):match("a?b"))
print(("xay"):match("x(a?)y"), ("xy"):match("x(a?)y"))
print(("123abc"):match("^(%d-)(%a*)$"))
print(("a*b"):match("a%*b"), ("a+"):match("a%+"))
