-- A __index loop is detected ('loop in gettable').
local a, b = {}, {}
setmetatable(a, {__index = b})
setmetatable(b, {__index = a})
print(pcall(function() return a.x end))
