-- Uncaught: attempt to compare two table values.
print({} == {})
local a, b = {}, {}
print(a < b)
print("not reached")
