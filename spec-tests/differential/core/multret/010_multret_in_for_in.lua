-- The generic for explist is adjusted to three values.
local function triple() return next, {10, 20}, nil end
for k, v in triple() do io.write(k, "=", v, " ") end
print()
for k in next, {"only"} do print(k) end
