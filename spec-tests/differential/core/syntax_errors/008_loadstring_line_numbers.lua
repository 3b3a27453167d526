-- Syntax errors report the line where the offending token is.
print(select(2, loadstring("local a = 1\nlocal b = 2\nlocal c = = 3")))
print(select(2, loadstring("f(\n1,\n2")))
print(select(2, loadstring("if x then\n  y = 1\nelse\n")))
print(select(2, loadstring("x = 1\n\n\n\ny = = 2")))
