-- pcall forwards extra arguments, including nils.
print(pcall(function(...) return select("#", ...), ... end, nil, 2, nil))
print(pcall(select, "#"))
print(pcall(select, 2, "a", "b", "c"))
print(pcall(math.max, 3, 7, 5))
