-- An error inside the message handler yields the 5.1 error-handling failure.
print(xpcall(function() error("first") end, function(e) error("second") end))
print(xpcall(function() error("first") end, function(e) local x = nil; return x.y end))
print(xpcall(function() return "no error" end, function() error("unused") end))
print(xpcall(function() error("e") end, function(m) return m:upper() end))
