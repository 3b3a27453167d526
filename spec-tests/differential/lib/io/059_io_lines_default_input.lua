-- io.lines() without a name iterates the default input file
local name = os.tmpname()
local f = assert(io.open(name, "w"))
f:write("p\nq\n")
f:close()
io.input(name)
for l in io.lines() do io.write(l, ";") end
print()
print(io.type(io.input()))
io.input():close()
io.input(io.stdin)
os.remove(name)
