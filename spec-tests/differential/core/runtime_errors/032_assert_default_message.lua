-- Uncaught assert without message: 'assertion failed!'.
print(assert(1 == 1))
print(assert("value", "unused message"))
print(pcall(assert, false))
assert(1 == 2)
