-- Lua 5.1 has no compound assignment operators.
print(loadstring("x += 1"))
print(loadstring("x++"))
print(loadstring("x = y = 1"))
print(loadstring("x = x + 1") ~= nil)
