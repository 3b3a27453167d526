-- yield from inside a metamethod or an iterator called from C fails in 5.1
local mt = {__index = function(t, k) return coroutine.yield(k) end}
local co = coroutine.create(function()
  local t = setmetatable({}, mt)
  return t.foo
end)
print(coroutine.resume(co))
local co2 = coroutine.create(function()
  table.sort({3, 2, 1}, function(a, b) coroutine.yield() return a < b end)
end)
print(coroutine.resume(co2))
local co3 = coroutine.create(function()
  local s = string.gsub("abc", "%w", function(c) coroutine.yield(c) end)
end)
print(coroutine.resume(co3))
