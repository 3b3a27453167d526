-- an error inside coroutine.wrap propagates to the main chunk uncaught
local gen = coroutine.wrap(function()
  coroutine.yield(1)
  error("generator broke")
end)
print(gen())
print(gen())
