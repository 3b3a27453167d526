-- getfenv with a non-function, non-number argument is an error.
print(pcall(getfenv, "x"))
print(pcall(getfenv, {}))
print(getfenv(nil) == _G)
print(getfenv() == _G)
