-- Strings have a metatable with __index but no __newindex: assigning fields is an error.
local s = "abc"
print(s.len == string.len, s:len())
print(pcall(function() s.x = 1 end))
print(pcall(function() local n = 5; n.x = 1 end))
