-- __index chains across several tables and a final function.
local c = setmetatable({}, {__index = function(_, k) return "fn:" .. k end})
local b = setmetatable({fromb = "b"}, {__index = c})
local a = setmetatable({froma = "a"}, {__index = b})
print(a.froma, a.fromb, a.other)
