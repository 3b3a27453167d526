-- os.exit(true) is an error in 5.1 (the code must be a number); os.exit(2.9) truncates
print(pcall(function() os.exit(true) end))
print(pcall(function() os.exit("x") end))
print(pcall(function() os.exit({}) end))
print("now exiting with 2.9")
os.exit(2.9)
