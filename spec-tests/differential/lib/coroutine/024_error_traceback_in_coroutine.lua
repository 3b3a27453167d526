-- debug.traceback of a coroutine that failed, and of a suspended one
local co = coroutine.create(function()
  local function deep() coroutine.yield("paused") end
  deep()
  error("broken")
end)
coroutine.resume(co)
print(debug.traceback(co))
print(debug.traceback(co, "msg"))
print(coroutine.resume(co))
print(debug.traceback(co))
