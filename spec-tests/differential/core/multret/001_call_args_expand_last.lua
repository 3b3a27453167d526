-- In an argument list only the last call expands.
local function two() return "a", "b" end
print(two(), two())
print(two(), "x")
print("x", two())
print((two()))
