-- After the refused yield inside pcall, the coroutine continues and can still yield normally.
local co = coroutine.create(function()
  print(pcall(coroutine.yield, "through pcall"))
  coroutine.yield("normal yield")
  return "end"
end)
print(coroutine.resume(co))
print(coroutine.resume(co))
print(coroutine.resume(co))
