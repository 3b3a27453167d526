-- os.time argument errors
print(pcall(function() return os.time(5) end))
print(pcall(function() return os.time("x") end))
print(pcall(function() return os.time({}) end))
print(pcall(function() return os.time({year = 2000, month = 1, day = {}}) end))
print(pcall(os.time, true))
