-- os.date argument errors
print(pcall(function() return os.date({}) end))
print(pcall(function() return os.date("%Y", "x") end))
print(pcall(function() return os.date("%Y", {}) end))
print(os.date("!%Y", "86400"))
