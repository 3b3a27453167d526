-- yield/resume pass any number of values including nils
local co = coroutine.create(function(...)
  print("args", select('#', ...), ...)
  local r = {coroutine.yield()}
  print("resumed with", #r)
  print("resumed", select('#', coroutine.yield(nil, nil, nil)))
  return nil
end)
print(select('#', coroutine.resume(co, nil, nil)))
print(coroutine.resume(co, 1, 2, 3))
print(select('#', coroutine.resume(co, nil)))
print(coroutine.resume(co, "a"))
