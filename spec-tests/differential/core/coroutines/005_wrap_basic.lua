-- coroutine.wrap gives a function that resumes and returns yielded values directly.
local gen = coroutine.wrap(function(a) local b = coroutine.yield(a * 2) return b + 1 end)
print(gen(5))
print(gen(10))
print(pcall(gen))
