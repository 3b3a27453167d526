-- Expressions that cannot be assigned to.
print(select(2, loadstring("1 = 2")))
print(select(2, loadstring("'s' = 1")))
print(select(2, loadstring("f() = 1")))
print(select(2, loadstring("x, f() = 1, 2")))
print(select(2, loadstring("nil = 1")))
