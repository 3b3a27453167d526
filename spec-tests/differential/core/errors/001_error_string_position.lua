-- error with a string adds the position at level 1 (the function calling error).
local function f() error("message") end
print(pcall(f))
local function g() error("with level 1", 1) end
print(pcall(g))
