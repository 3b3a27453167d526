-- Calling a finished wrap function raises 'cannot resume dead coroutine'.
local f = coroutine.wrap(function() return "once" end)
print(f())
print(pcall(f))
local g = coroutine.wrap(function() error("dies") end)
print(pcall(g))
print(pcall(g))
