-- {...} gets every argument; # is reliable when there are no nils.
local function count(...) return #{...}, select("#", ...) end
print(count())
print(count(1, 2, 3))
print(count("a", "b"))
