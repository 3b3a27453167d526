-- debug.getinfo with levels beyond the stack returns nil; invalid options error
print(debug.getinfo(100))
print(debug.getinfo(0, "n").name)
print(pcall(debug.getinfo, 1, "x"))
print(pcall(debug.getinfo, "x"))
print(pcall(debug.getinfo))
print(pcall(debug.getinfo, {}))
local depth = 0
while debug.getinfo(depth + 1) do depth = depth + 1 end
print(depth)
