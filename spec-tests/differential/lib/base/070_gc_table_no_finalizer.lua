-- __gc on a table metatable is ignored in 5.1
local called = false
do setmetatable({}, {__gc = function() called = true end}) end
collectgarbage()
collectgarbage()
print(called)
