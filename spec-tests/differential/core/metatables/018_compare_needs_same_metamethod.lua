-- __lt/__le require both operands to have the same metamethod (and same type).
local A = setmetatable({}, {__lt = function() return true end})
local B = setmetatable({}, {__lt = function() return true end})
print(pcall(function() return A < B end))
print(pcall(function() return A < 1 end))
print(pcall(function() return A <= A end))
