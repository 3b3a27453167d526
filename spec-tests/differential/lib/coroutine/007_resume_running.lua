-- resuming the running coroutine or a normal one fails
local co
co = coroutine.create(function()
  print(coroutine.resume(co))
  return "finished"
end)
print(coroutine.resume(co))
local outer, inner
inner = coroutine.create(function()
  print("resume outer from inner:", coroutine.resume(outer))
end)
outer = coroutine.create(function() coroutine.resume(inner) end)
print(coroutine.resume(outer))
