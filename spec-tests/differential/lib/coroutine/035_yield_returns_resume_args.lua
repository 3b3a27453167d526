-- values from yield and resume across a ping-pong exchange
local co = coroutine.create(function(a)
  local total = a
  while total < 100 do
    local add = coroutine.yield(total)
    total = total + add
  end
  return "total", total
end)
local ok, v = coroutine.resume(co, 1)
while coroutine.status(co) == "suspended" do
  io.write(v, " ")
  ok, v = coroutine.resume(co, v)
end
print()
print(ok, v)
