-- not always returns a boolean; precedence over comparison.
print(not nil, not false, not 1, not not nil, not not 0)
print(not 1 == 2, not (1 == 2))
print(not nil == true)
print(not {}, not print, type(not 0))
