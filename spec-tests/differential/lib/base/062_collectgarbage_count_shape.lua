-- collectgarbage("count") returns a single float value in KB
print(select('#', collectgarbage("count")))
local before = collectgarbage("count")
local t = {}
for i = 1, 10000 do t[i] = {} end
print(collectgarbage("count") > before)
t = nil
collectgarbage()
print(type(collectgarbage("count")))
print(select('#', collectgarbage("collect")), select('#', collectgarbage("step")))
