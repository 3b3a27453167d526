-- string.find returns start, end and then all captures
print(("hello"):find("(h)(e)(l)"))
print(("hello"):find("h()e()"))
print(select('#', ("hello"):find("l")))
print(select('#', ("hello"):find("(l)(l)")))
print(("hello"):find("(x?)"))
