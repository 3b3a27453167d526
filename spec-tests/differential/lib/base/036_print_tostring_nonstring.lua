-- print: __tostring returning a non-string is an error in print; tostring returns it
local t = setmetatable({}, {__tostring = function() return 17 end})
print(tostring(t), type(tostring(t)))
print(pcall(print, t))
local u = setmetatable({}, {__tostring = function() return nil end})
print(pcall(print, u))
print(pcall(tostring, u))
