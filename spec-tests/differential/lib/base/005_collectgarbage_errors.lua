-- collectgarbage: invalid option names and argument types
print(pcall(collectgarbage, "bogus"))
print(pcall(collectgarbage, "COUNT"))
print(pcall(collectgarbage, {}))
print(pcall(collectgarbage, "step", "x"))
print(pcall(collectgarbage, 1))
