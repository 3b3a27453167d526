-- In 5.1 __len is NOT consulted for tables: # gives the raw length.
local t = setmetatable({1, 2, 3}, {__len = function() return 42 end})
print(#t)
print(rawlen == nil)
print(#setmetatable({}, {__len = function() return 1 end}))
