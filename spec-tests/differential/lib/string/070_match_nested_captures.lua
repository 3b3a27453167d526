-- nested captures are numbered by their opening parenthesis
print(("abcd"):match("((a)(b)((c)(d)))"))
print(("key=value"):match("((%w+)=(%w+))"))
print(("abc"):match("(a(b(c)))"))
print(("2024"):match("(()%d(%d)())"))
