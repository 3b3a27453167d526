-- setfenv errors: C functions, bad levels, non-table environments.
print(pcall(setfenv, print, {}))
print(pcall(setfenv, 100, {}))
print(pcall(setfenv, function() end, 1))
print(pcall(getfenv, 100))
print(pcall(getfenv, -1))
