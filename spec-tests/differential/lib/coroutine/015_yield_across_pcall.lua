-- in 5.1 yield across pcall is not allowed: attempt to yield across metamethod/C-call boundary
local co = coroutine.create(function()
  local ok, e = pcall(function() coroutine.yield(1) end)
  print("pcall returned", ok, e)
  return "after"
end)
print(coroutine.resume(co))
print(coroutine.status(co))
