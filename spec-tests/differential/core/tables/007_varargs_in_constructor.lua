-- ... in a constructor expands only at the end.
local function f(...) return {...}, {..., "end"}, {"start", ...} end
local a, b, c = f(1, 2, 3)
print(#a, #b, #c, b[1], b[2], c[4])
local d = f()
print(#d)
