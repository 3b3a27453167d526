-- Metamethods are looked up raw in the metatable (a metatable's own __index is not consulted).
local meta_of_meta = {__index = {__add = function() return "via meta index" end}}
local mt = setmetatable({}, meta_of_meta)
local t = setmetatable({}, mt)
print(pcall(function() return t + 1 end))
