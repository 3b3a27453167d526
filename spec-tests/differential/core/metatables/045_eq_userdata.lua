-- __eq applies to two userdata sharing the same __eq.
local u1 = newproxy(true)
local u2 = newproxy(u1)
getmetatable(u1).__eq = function() return true end
print(u1 == u2, rawequal(u1, u2))
