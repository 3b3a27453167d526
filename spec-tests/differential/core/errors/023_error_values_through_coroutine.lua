-- Error values raised in a coroutine come back from resume unchanged.
local obj = {}
local co = coroutine.create(function() error(obj) end)
local ok, e = coroutine.resume(co)
print(ok, e == obj, coroutine.status(co))
