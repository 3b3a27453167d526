-- 1..2 is a malformed number; with spaces it concatenates.
print(loadstring("return 1..2"))
print(loadstring("return 1 .. 2")())
print(1.5 .. 2)
print(1 .."", type(3 .. 4))
print(loadstring("return 2.. ''"))
