-- tostring of open and closed files
local name = os.tmpname()
local f = assert(io.open(name, "w"))
print(tostring(f):match("^file %(") ~= nil)
f:close()
print(tostring(f))
print(tostring(io.stdout):match("^file %(") ~= nil)
os.remove(name)
