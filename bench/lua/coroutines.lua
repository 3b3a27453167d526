-- coroutines: a generator pipeline and a ping-pong
local function generator(n)
  return coroutine.wrap(function() for i = 1, n do coroutine.yield(i) end end)
end
local function filter(pred, gen)
  return coroutine.wrap(function()
    for v in gen do if pred(v) then coroutine.yield(v) end end
  end)
end
local sum = 0
for v in filter(function(x) return x % 3 == 0 end, generator(8000000)) do sum = sum + v end
local ping = coroutine.create(function(x)
  while true do x = coroutine.yield(x + 1) end
end)
local x = 0
for _ = 1, 15000000 do
  local _, v = coroutine.resume(ping, x)
  x = v
end
print("checksum", sum, x)
