-- A __newindex loop is detected ('loop in settable').
local a, b = {}, {}
setmetatable(a, {__newindex = b})
setmetatable(b, {__newindex = a})
print(pcall(function() a.x = 1 end))
