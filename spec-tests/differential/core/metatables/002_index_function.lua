-- __index as a function receives the table and the key.
local t = setmetatable({}, {__index = function(tbl, k) return k .. "!" end})
print(t.x, t[1], t.y)
local calls = 0
local u = setmetatable({present = 1}, {__index = function() calls = calls + 1 return 0 end})
print(u.present, u.absent, calls)
