-- ipairs stops at the first nil.
local t = {"a", "b", "c", nil, "e"}
for i, v in ipairs(t) do io.write(i, "=", v, " ") end
print()
for i, v in ipairs({}) do print("never") end
