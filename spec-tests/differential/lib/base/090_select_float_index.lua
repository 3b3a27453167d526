-- select with non-integer index truncates
print(select(1.5, "a", "b", "c"))
print(select(-1.5, "a", "b", "c"))
print(select("3", "a", "b", "c"))
print(select(2.999, "a", "b", "c"))
print(select("-2", "a", "b", "c"))
