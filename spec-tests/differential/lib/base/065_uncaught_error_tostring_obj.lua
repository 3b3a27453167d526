-- uncaught error object with __tostring: lua5.1 still reports a non-string object
local obj = setmetatable({}, {__tostring = function() return "custom error" end})
print(tostring(obj))
local ok, e = pcall(error, obj)
print(ok, e == obj, tostring(e))
error(obj)
