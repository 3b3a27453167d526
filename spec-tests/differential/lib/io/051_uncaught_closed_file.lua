-- uncaught error when reading a closed file
local name = os.tmpname()
local f = assert(io.open(name, "w"))
f:close()
os.remove(name)
f:read()
