-- Falling off the end of the main chunk exits with status 0; a return value is ignored.
local function f() return 1, 2 end
print(f())
print("done")
return 5
