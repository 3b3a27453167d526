-- coroutine.running: nil in the main thread in 5.1, the thread inside a coroutine
print(coroutine.running())
print(select('#', coroutine.running()))
local co
co = coroutine.create(function()
  local r = coroutine.running()
  print(type(r), r == co)
end)
coroutine.resume(co)
