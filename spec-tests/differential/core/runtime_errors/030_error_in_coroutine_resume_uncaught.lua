-- assert on a failed resume turns the coroutine's error into an uncaught one.
print(assert(coroutine.resume(coroutine.create(function() return "ok" end))))
local co = coroutine.create(function() error("inside coroutine") end)
assert(coroutine.resume(co))
print("not reached")
