-- debug.traceback of another coroutine, with message and level
local co = coroutine.create(function()
  local function deep() coroutine.yield() end
  local function mid() deep() end
  mid()
end)
coroutine.resume(co)
print(debug.traceback(co))
print(debug.traceback(co, "co msg"))
print(debug.traceback(co, "from level 2", 2))
print(debug.traceback(coroutine.create(function() end), "fresh"))
