-- os.exit inside pcall is not an error: the program exits.
print("before pcall")
print(pcall(function() return "normal pcall" end))
print(pcall(function() os.exit(9) end))
print("unreachable")
