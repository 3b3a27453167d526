-- bad argument messages name the function as called: global, local, field, method
print(pcall(function() ipairs(nil) end))
print(pcall(function() local myipairs = ipairs; myipairs(nil) end))
print(pcall(function() local t = {fn = ipairs}; t.fn(nil) end))
print(pcall(function() return ("x"):rep("a") end))
print(pcall(function() return ("x"):rep() end))
print(pcall(function() return string.rep() end))
print(pcall(function() local s = string; return s.rep(nil, 1) end))
print(pcall(ipairs))
