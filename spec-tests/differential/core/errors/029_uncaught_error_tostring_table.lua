-- An uncaught table error with __tostring: the 5.1 interpreter ignores __tostring and prints no traceback.
local obj = setmetatable({}, {__tostring = function() return "my error object" end})
print(tostring(obj))
print("raising it now")
error(obj)
