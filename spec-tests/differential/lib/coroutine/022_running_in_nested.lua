-- coroutine.running inside nested coroutines returns the innermost
local a, b
b = coroutine.create(function()
  print("b running is b", coroutine.running() == b)
  print("a status from b", coroutine.status(a))
end)
a = coroutine.create(function()
  print("a running is a", coroutine.running() == a)
  coroutine.resume(b)
  print("after b", coroutine.status(b))
end)
coroutine.resume(a)
print(coroutine.running())
