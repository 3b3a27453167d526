-- os.getenv with a number argument converts it to a string name
print(os.getenv(12345))
print(os.getenv("=") == nil)
print(type(os.getenv("PATH")) == "string")
print(pcall(function() return os.getenv(nil) end))
print(os.getenv("JLUA_UNSET_" .. 1))
