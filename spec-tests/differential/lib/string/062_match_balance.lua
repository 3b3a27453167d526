-- %b: balanced matches
print(("f(a(b)c) (d)"):match("%b()"))
print(("if [x[y]] then"):match("%b[]"))
print(("no close (here"):match("%b()"))
print(("xx"):match("%bxx"))
print(("<<a>b>"):match("%b<>"))
for m in ("(1)(2)((3))"):gmatch("%b()") do io.write(m, " ") end
print()
print(("\"quoted\" text"):match("%b\"\""))
print(pcall(string.match, "abc", "%b"))
print(pcall(string.match, "abc", "%ba"))
