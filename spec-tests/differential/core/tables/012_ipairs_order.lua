-- ipairs goes 1, 2, 3 ... and does not see hash keys.
local t = {"a", "b", "c", x = "x", [5] = "e"}
for i, v in ipairs(t) do io.write(i, v, " ") end
print()
for i, v in ipairs({[1] = "x", [2] = "y", [4] = "w"}) do io.write(i, v, " ") end print()
