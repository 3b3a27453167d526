-- uncaught yield from the main chunk
print("before")
local function step()
  coroutine.yield("x")
end
step()
print("after")
