-- A deep (non-overflow) traceback: more than 22 levels are elided with '...'.
print("descending")
local function down(n) if n == 0 then error("bottom reached") end down(n - 1) end
down(40)
print("not reached")
