-- opening a directory for reading succeeds on Linux, reading it fails with EISDIR
local f = assert(io.open("/tmp"))
print(io.type(f))
print(f:read("*a"))
print(f:read("*l"))
print(f:read(1))
f:close()
