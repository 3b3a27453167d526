-- module() argument errors
print(pcall(module))
print(pcall(function() module(42) end))
print(type(package.loaded["42"]), type(_G["42"]))
print(pcall(function() module({}) end))
