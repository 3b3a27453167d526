-- A tail-recursive function passing varargs.
local function drop(n, ...) if n == 0 then return select("#", ...) end return drop(n - 1, select(2, ...)) end
print(drop(3, "a", "b", "c", "d", "e"))
local function last(...) if select("#", ...) <= 1 then return ... end return last(select(2, ...)) end
print(last(1, 2, 3, 4, 5))
