-- os.exit does not close the Lua state: pending __gc finalizers do not run
local p = newproxy(true)
getmetatable(p).__gc = function() print("finalizer ran") end
print("exiting without finalizers")
os.exit(0)
