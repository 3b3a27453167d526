-- The limit and step are evaluated once, before the loop starts.
local limit = 3
local calls = 0
local function lim() calls = calls + 1 return limit end
for i = 1, lim() do limit = 10 io.write(i, " ") end
print("| calls:", calls)
