-- an uncaught error from a wrapped coroutine reaches the top level
local w = coroutine.wrap(function(x)
  local y = x + nil
end)
w(1)
