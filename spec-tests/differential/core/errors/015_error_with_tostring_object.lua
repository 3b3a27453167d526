-- An error object with __tostring travels as a table.
local E = setmetatable({}, {__tostring = function() return "custom error" end})
local ok, e = pcall(error, E)
print(ok, e == E, tostring(e))
print(select(2, pcall(error, E, 2)) == E)
