-- The 5.1 rule against a call's '(' on a new line.
print(select(2, loadstring("local a = f\n(g)()")))
print(loadstring("local a = f(g)()") ~= nil)
print(loadstring("local a = f;\n(g)()") ~= nil)
print(select(2, loadstring("local a = (f)\n(g)()")))
