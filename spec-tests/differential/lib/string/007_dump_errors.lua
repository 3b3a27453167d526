-- string.dump: only Lua functions can be dumped
print(pcall(function() return string.dump(print) end))
print(pcall(function() return string.dump() end))
print(pcall(function() return string.dump("x") end))
print(pcall(function() return string.dump(coroutine.wrap(function() end)) end))
print(pcall(string.dump, {}))
