-- coroutines share globals with the creator; getfenv(0) inside is the thread env
shared = 1
local co = coroutine.create(function()
  shared = shared + 1
  return getfenv(0) == _G
end)
print(coroutine.resume(co))
print(shared)
