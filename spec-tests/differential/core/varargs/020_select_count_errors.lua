-- select's first argument must be a number or '#'.
print(pcall(select))
print(pcall(select, nil))
print(pcall(select, "#"))
print(select("2", "a", "b"))
