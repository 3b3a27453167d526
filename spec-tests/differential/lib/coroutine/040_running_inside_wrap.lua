-- coroutine.running inside a wrapped coroutine returns a thread whose status is running
local w = coroutine.wrap(function()
  local me = coroutine.running()
  coroutine.yield(type(me), coroutine.status(me))
  return "second"
end)
print(w())
print(w())
