-- Uncaught: attempt to get length of global 'list' (a nil value).
local items = {1, 2, 3}
print(#items)
print(list)
print(#list)
