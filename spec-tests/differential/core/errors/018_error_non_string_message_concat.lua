-- Error values are not converted: booleans and functions stay as they are.
local ok, e = pcall(error, true)
print(ok, e, type(e))
local f = function() end
local ok2, e2 = pcall(error, f)
print(ok2, e2 == f)
