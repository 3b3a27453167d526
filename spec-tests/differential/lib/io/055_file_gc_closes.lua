-- an unreferenced open file is closed (and flushed) by the garbage collector
local name = os.tmpname()
do
  local f = assert(io.open(name, "w"))
  f:write("written before gc")
end
collectgarbage()
collectgarbage()
local f = assert(io.open(name))
print(f:read("*a"))
f:close()
os.remove(name)
