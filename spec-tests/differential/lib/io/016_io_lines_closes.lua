-- io.lines(name) closes the file at EOF; calling the iterator again raises an error
local name = os.tmpname()
local f = assert(io.open(name, "w"))
f:write("1\n2\n3\n")
f:close()
local n = 0
for l in io.lines(name) do n = n + tonumber(l) end
print(n)
local it = io.lines(name)
print(it(), it(), it(), it())
print(pcall(it))
os.remove(name)
