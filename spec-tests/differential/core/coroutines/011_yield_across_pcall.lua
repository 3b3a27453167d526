-- 5.1 cannot yield across pcall: the yield fails inside the pcall.
local co = coroutine.create(function()
  local ok, e = pcall(function() coroutine.yield(1) end)
  print("pcall result:", ok, e)
  return "finished"
end)
print(coroutine.resume(co))
print(coroutine.status(co))
