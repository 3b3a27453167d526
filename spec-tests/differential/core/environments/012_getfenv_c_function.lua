-- getfenv of a C function returns the global table.
print(getfenv(print) == _G, getfenv(string.format) == _G)
print(getfenv(coroutine.create) == _G, getfenv(setfenv) == _G)
print(pcall(setfenv, string.format, {}))
print(getfenv(string.format) == _G)
