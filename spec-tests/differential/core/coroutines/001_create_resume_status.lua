-- Lifecycle: suspended -> running -> suspended -> dead.
local co
co = coroutine.create(function()
  print("inside:", coroutine.status(co))
  coroutine.yield()
end)
print(type(co), coroutine.status(co))
print(coroutine.resume(co))
print(coroutine.status(co))
print(coroutine.resume(co))
print(coroutine.status(co))
