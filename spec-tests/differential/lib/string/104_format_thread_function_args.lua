-- string.format %s and %d reject threads, functions, userdata
local co = coroutine.create(function() end)
print(pcall(function() return string.format("%s", co) end))
print(pcall(function() return string.format("%d", print) end))
print(pcall(function() return string.format("%s", newproxy()) end))
print(pcall(function() return string.format("%x", io.stdout) end))
