-- error: rethrowing a caught message with level 0 keeps the original position
local function fail() error("original") end
local ok, e = pcall(fail)
print(e)
local ok2, e2 = pcall(function() error(e, 0) end)
print(e2 == e)
local ok3, e3 = pcall(function() error(e) end)
print(e3)
local ok4, e4 = pcall(function() error(e, 2) end)
print(e4)
