-- read("*l") of a line longer than any internal buffer
local name = os.tmpname()
local f = assert(io.open(name, "w"))
f:write(string.rep("x", 20000), "\n", "short\n")
f:close()
f = assert(io.open(name))
print(#f:read("*l"), f:read("*l"))
f:close()
os.remove(name)
