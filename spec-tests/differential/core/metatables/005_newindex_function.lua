-- __newindex as a function; rawset bypasses it.
local log = {}
local t = setmetatable({}, {__newindex = function(tbl, k, v) log[#log + 1] = k; rawset(tbl, k, v * 2) end})
t.a = 1
t.b = 2
t.a = 10
print(t.a, t.b, table.concat(log, ","))
