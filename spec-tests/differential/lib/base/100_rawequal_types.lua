-- rawequal across types and identical objects
local t, f = {}, function() end
print(rawequal(t, t), rawequal(t, {}), rawequal(f, f), rawequal(print, print))
print(rawequal("abc", "ab" .. "c"), rawequal(0, -0), rawequal(1/0, math.huge))
print(rawequal(0/0, 0/0))
