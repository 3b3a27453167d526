-- yield and resume pass multiple values in both directions.
local co = coroutine.create(function(...)
  print("start", ...)
  print("got", coroutine.yield(1, 2, 3))
  return "r1", "r2"
end)
print(coroutine.resume(co, "a", "b"))
print(coroutine.resume(co, "c", nil, "e"))
