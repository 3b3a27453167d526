-- os.difftime: t2 - t1 as a number; the second argument defaults to 0
print(os.difftime(10, 3), os.difftime(3, 10), os.difftime(5))
print(os.difftime(1.5, 0.25))
print(pcall(function() return os.difftime() end))
print(pcall(function() return os.difftime("a", 1) end))
