-- Values flow in through resume and out through yield, and back.
local co = coroutine.create(function(a, b)
  print("args", a, b)
  local c, d = coroutine.yield(a + b)
  print("resumed with", c, d)
  local e = coroutine.yield(c * d)
  return "done", e
end)
print(coroutine.resume(co, 1, 2))
print(coroutine.resume(co, 3, 4))
print(coroutine.resume(co, "last"))
print(coroutine.resume(co))
