-- pcall inside a coroutine works normally when nothing yields inside it.
local co = coroutine.create(function()
  local ok, e = pcall(error, "caught inside", 0)
  coroutine.yield(ok, e)
  return "end"
end)
print(coroutine.resume(co))
print(coroutine.resume(co))
