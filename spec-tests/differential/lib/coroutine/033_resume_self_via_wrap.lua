-- calling a wrap function from inside itself: cannot resume running coroutine
local w
w = coroutine.wrap(function() return w() end)
print(pcall(w))
local w2
w2 = coroutine.wrap(function() local ok, e = pcall(w2) coroutine.yield(ok, e) end)
print(w2())
