-- A message handler that always errors: 5.1 reports a handler failure rather than looping forever.
local function handler(e) return handler(e) .. "" end
print(xpcall(function() error("x") end, handler))
local depth = 0
print(xpcall(function() error("y") end, function(e) depth = depth + 1 return "handled once: " .. tostring(depth) end))
