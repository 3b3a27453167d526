-- coroutine.wrap: calling a finished wrapper is an error
local w = coroutine.wrap(function() return 1 end)
print(w())
print(pcall(w))
print(pcall(function() local r = w(); return r end))
