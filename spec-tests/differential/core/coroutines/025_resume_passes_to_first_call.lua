-- The first resume's arguments become the body's parameters; later yields return resume args.
local co = coroutine.create(function(...)
  print("params", select("#", ...), ...)
  print("yield returned", select("#", coroutine.yield()))
end)
coroutine.resume(co, nil, nil)
coroutine.resume(co, 1, 2, 3)
