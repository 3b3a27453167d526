-- A coroutine that resumed another is 'normal' while the other runs.
local outer
local inner = coroutine.create(function() return coroutine.status(outer) end)
outer = coroutine.create(function() return coroutine.resume(inner) end)
print(coroutine.resume(outer))
