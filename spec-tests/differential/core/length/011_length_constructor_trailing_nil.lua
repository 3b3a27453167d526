-- A constructor with trailing nils: 5.1 sets the array size from the constructor, # is deterministic here.
local t = {1, 2, nil}
print(#t)
local u = {nil, nil, 3}
print(#u)
