-- __gc on a newproxy userdata runs when it is collected.
local u = newproxy(true)
getmetatable(u).__gc = function() print("collected") end
u = nil
collectgarbage()
collectgarbage()
print("after collect")
