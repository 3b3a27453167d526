-- xpcall: an error inside the handler itself
print(xpcall(function() error("first") end, function(m) error("second") end))
print(xpcall(function() error("first") end, function(m) local x = nil; return x.f end))
print(xpcall(function() return "fine" end, function(m) error("unused") end))
print(xpcall(function() error("first") end, 42))
