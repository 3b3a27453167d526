-- xpcall calls the handler with the error value; its result becomes the second return.
print(xpcall(function() error("oops") end, function(e) return "handled: " .. e end))
print(xpcall(function() return "fine", 2 end, print))
print(xpcall(function() error({1, 2, 3}) end, function(e) return #e end))
print(xpcall(function() error() end, function(e) return type(e) end))
