-- file:lines() iterates lines and does not close the file
local name = os.tmpname()
local f = assert(io.open(name, "w"))
f:write("x\ny\n\nz")
f:close()
f = assert(io.open(name))
for l in f:lines() do io.write("[", l, "]") end
print()
print(io.type(f), f:read("*a") == "")
f:close()
os.remove(name)
