-- In 5.1 __gc on a table has no effect.
local t = setmetatable({}, {__gc = function() print("never printed") end})
t = nil
collectgarbage()
print("done")
