-- io.type: "file", "closed file", nil for other values
local name = os.tmpname()
local f = assert(io.open(name, "w"))
print(io.type(f), io.type(io.stdout), io.type(io.stdin), io.type(io.stderr))
f:close()
print(io.type(f))
print(io.type(nil), io.type({}), io.type("file"), io.type(newproxy()))
print(pcall(function() return io.type() end))
os.remove(name)
