-- error objects thrown inside coroutines keep their identity through resume and wrap
local obj = {}
local co = coroutine.create(function() error(obj) end)
local ok, e = coroutine.resume(co)
print(ok, e == obj)
local w = coroutine.wrap(function() error(obj) end)
local ok2, e2 = pcall(w)
print(ok2, e2 == obj)
