-- read(0) returns "" when data remains and nil at end of file, also mid-way
local name = os.tmpname()
local f = assert(io.open(name, "w"))
f:write("ab")
f:close()
f = assert(io.open(name))
print(string.format("%q", f:read(0)), f:read(1), string.format("%q", f:read(0)), f:read(1), f:read(0))
f:close()
os.remove(name)
