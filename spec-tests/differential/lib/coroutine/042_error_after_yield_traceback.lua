-- xpcall with traceback inside a coroutine after it has yielded and resumed
local co = coroutine.create(function()
  coroutine.yield("first")
  local ok, tb = xpcall(function() error("late error") end, debug.traceback)
  return tb
end)
print(coroutine.resume(co))
print(coroutine.resume(co))
