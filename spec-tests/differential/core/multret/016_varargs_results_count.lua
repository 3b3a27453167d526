-- Result counts after mixing varargs and calls.
local function id(...) return ... end
print(select("#", id()), select("#", id(nil)), select("#", id(id(1, 2), id(3, 4))))
local function count(...) return select("#", ...) end
print(count(id(1, 2, 3)), count((id(1, 2, 3))), count(id(), id()))
