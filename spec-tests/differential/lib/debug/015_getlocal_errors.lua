-- debug.getlocal argument errors
print(pcall(debug.getlocal, 100, 1))
print(pcall(debug.getlocal))
print(pcall(debug.getlocal, 1))
print(pcall(debug.getlocal, "x", 1))
print(pcall(function() return debug.getlocal(50, 1) end))
print(pcall(function() return debug.getlocal(print, 1) end))
