-- os.exit inside a coroutine ends the whole program.
print(coroutine.running())
local co = coroutine.wrap(function() print("in coroutine") os.exit(5) end)
co()
print("unreachable")
