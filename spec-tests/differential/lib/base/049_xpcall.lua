-- xpcall: handler receives the message, its results are returned
print(xpcall(function() return 1, 2 end, print))
print(xpcall(function() error("bad") end, function(m) return "handled: " .. m end))
print(xpcall(function() error({1, 2}) end, function(m) return type(m), #m end))
print(xpcall(function() error() end, function(m) return m == nil end))
print(xpcall(function() local x = nil; return x.y end, function(m) return m:upper() end))
print(pcall(xpcall))
print(pcall(xpcall, print))
print(xpcall(error, function(m) return "got " .. tostring(m) end))
