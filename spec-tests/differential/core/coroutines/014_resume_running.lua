-- A coroutine cannot resume itself; a normal (resuming) coroutine cannot be resumed.
local co
co = coroutine.create(function() return coroutine.resume(co) end)
print(coroutine.resume(co))
local outer
outer = coroutine.create(function()
  local inner = coroutine.create(function() return coroutine.resume(outer) end)
  return coroutine.resume(inner)
end)
print(coroutine.resume(outer))
