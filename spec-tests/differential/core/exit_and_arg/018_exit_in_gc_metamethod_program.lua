-- os.exit while a userdata with __gc is alive: 5.1 exits without closing the state, so __gc never runs.
local u = newproxy(true)
getmetatable(u).__gc = function() print("gc ran") end
print("exiting")
os.exit(0)
