-- Collecting multiple results into locals.
local ok, a, b = pcall(function() return "A", "B" end)
print(ok, a, b)
local ok2, err = pcall(error, "boom", 0)
print(ok2, err)
