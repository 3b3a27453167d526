-- os.getenv: existing and missing variables
print(type(os.getenv("HOME")), type(os.getenv("PATH")))
print(os.getenv("JLUA_SURELY_UNDEFINED_VARIABLE_42"))
print(os.getenv(""))
print(pcall(function() return os.getenv() end))
print(pcall(function() return os.getenv({}) end))
