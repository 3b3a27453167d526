-- f(g()) passes all of g's results to f.
local function g() return 1, 2, 3 end
local function count(...) return select("#", ...) end
print(count(g()), count(g(), g()), count((g())), count(g(), nil))
print(count(nil, g()), count(g(), nil, g()))
