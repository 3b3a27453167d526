-- reading a large file in chunks and whole
local name = os.tmpname()
local f = assert(io.open(name, "w"))
local line = string.rep("0123456789", 10) .. "\n"
for i = 1, 1000 do f:write(line) end
f:close()
f = assert(io.open(name))
local total, chunks = 0, 0
while true do
  local c = f:read(4096)
  if not c then break end
  total = total + #c
  chunks = chunks + 1
end
print(total, chunks)
f:seek("set")
print(#f:read("*a"))
f:seek("set")
local n = 0
for l in f:lines() do n = n + 1 end
print(n)
f:close()
os.remove(name)
