-- method calls on bad self: "calling 'x' on bad self"
local obj = {get = string.sub}
print(pcall(function() return obj:get(1) end))
local t = {len = string.len}
print(pcall(function() return t:len() end))
print(pcall(function() return string.len({}) end))
local f = {read = io.read}
print(pcall(function() return io.stdout.write(42) end))
