-- select on a large number of arguments.
local t = {}
for i = 1, 200 do t[i] = i end
print(select("#", unpack(t)), select(199, unpack(t)))
print(select(-1, unpack(t)), select("#", select(150, unpack(t))))
