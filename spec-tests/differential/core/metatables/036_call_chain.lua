-- __call whose value is itself a callable table is not followed in 5.1.
local inner = setmetatable({}, {__call = function() return "inner" end})
local outer = setmetatable({}, {__call = inner})
print(pcall(outer))
local ok = setmetatable({}, {__call = function(self, x) return x end})
print(ok("direct"))
