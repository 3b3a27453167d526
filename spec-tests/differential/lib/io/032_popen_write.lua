-- io.popen in write mode feeds the command's stdin
local name = os.tmpname()
local p = assert(io.popen("cat > " .. name, "w"))
p:write("to the pipe\n", 123, "\n")
p:close()
local f = assert(io.open(name))
print(f:read("*a"))
f:close()
os.remove(name)
