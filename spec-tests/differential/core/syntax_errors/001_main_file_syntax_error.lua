-- The main file has a syntax error: nothing runs, exit status 1, no traceback.
local ok = true
if ok then print("also never") end
print("never printed")
local x = = 1
