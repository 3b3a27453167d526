-- and/or return one of their operands, not booleans.
print(1 and 2, nil and 2, false and nil, 1 or 2, nil or 2, false or nil, nil or false)
print(nil and nil, false or false, 0 and "zero")
print("a" and "b" or "c", nil and "b" or "c", false or nil and 1)
print(false and error("never"), true or error("never"))
