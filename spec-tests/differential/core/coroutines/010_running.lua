-- coroutine.running returns nil in the main thread in 5.1, and the coroutine inside one.
print(coroutine.running())
local co
co = coroutine.create(function() print(coroutine.running() == co) end)
coroutine.resume(co)
