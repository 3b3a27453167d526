-- error from a wrap iterator inside a for loop, caught with pcall
local function it()
  return coroutine.wrap(function()
    coroutine.yield(1)
    coroutine.yield(2)
    error("iterator exhausted badly")
  end)
end
print(pcall(function()
  for v in it() do print("v", v) end
end))
