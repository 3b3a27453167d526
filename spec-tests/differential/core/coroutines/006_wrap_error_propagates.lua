-- Errors inside a wrapped coroutine propagate to the caller with their position.
local f = coroutine.wrap(function() error("wrapped failure") end)
print(pcall(f))
local g = coroutine.wrap(function() error({tag = "obj"}) end)
local ok, e = pcall(g)
print(ok, type(e), e.tag)
