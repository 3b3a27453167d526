-- file methods called on wrong objects
local f = io.stdout
print(pcall(function() return f.write(nil, "x") end))
print(pcall(function() return f.read({}) end))
print(pcall(function() return io.stdout.close("x") end))
print(pcall(function() local t = {write = io.stdout.write}; return t:write("x") end))
