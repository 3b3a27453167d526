-- local with several names and several calls: only the last call expands.
local function two() return "a", "b" end
local p, q, r, s = two(), two()
print(p, q, r, s)
local w, x = (two()), "z"
print(w, x)
