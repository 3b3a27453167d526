-- resume and yield transfer many values
local co = coroutine.create(function(...)
  local n = select('#', ...)
  local back = {coroutine.yield(...)}
  return n, #back
end)
local t = {}
for i = 1, 200 do t[i] = i end
local res = {coroutine.resume(co, unpack(t))}
print(#res, res[1], res[2], res[201])
print(coroutine.resume(co, unpack(t, 1, 150)))
