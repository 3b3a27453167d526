-- Yielding from inside a metamethod is not allowed in 5.1.
local t = setmetatable({}, {__index = function(_, k) return coroutine.yield(k) end})
local co = coroutine.create(function() return t.foo end)
print(coroutine.resume(co))
local co2 = coroutine.create(function() return setmetatable({}, {__add = function() return coroutine.yield("add") end}) + 1 end)
print(coroutine.resume(co2))
