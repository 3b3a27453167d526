-- 5.1.5 accepts a negative index counting from the end; out of range is an error.
print(select(-1, "a", "b", "c"))
print(select(-3, "a", "b", "c"))
print(pcall(select, -4, "a", "b", "c"))
print(pcall(select, 0, "a"))
print(pcall(select, "x", "a"))
