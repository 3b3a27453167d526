-- Assignments through __newindex: each target receives its value (single targets keep order obvious).
local log = {}
local t = setmetatable({}, {__newindex = function(t, k, v) log[#log + 1] = k .. "=" .. tostring(v); rawset(t, k, v) end})
t.a = 1
t.b = 2
t.a = 3          -- existing key: no metamethod
print(table.concat(log, " "), t.a, t.b)
