-- io.tmpfile: an anonymous read/write file
local f = io.tmpfile()
print(io.type(f))
f:write("temporary data\n", 1.5)
f:seek("set")
print(f:read("*l"), f:read("*n"))
print(f:close())
