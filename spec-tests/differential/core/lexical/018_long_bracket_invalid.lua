-- '[' followed by '=' without a second '[' is an invalid long string delimiter.
print(loadstring("x = [=a]=]"))
print(loadstring("x = [==="))
local t = {[ [[k]] ] = 1}
print(t.k)
