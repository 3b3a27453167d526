-- binary data with zeros and high bytes round-trips through files
local name = os.tmpname()
local t = {}
for i = 0, 255 do t[#t + 1] = string.char(i) end
local data = table.concat(t) .. "\0\0end\r\n\255"
local f = assert(io.open(name, "wb"))
f:write(data)
f:close()
f = assert(io.open(name, "rb"))
local back = f:read("*a")
f:close()
print(#data, #back, back == data)
f = assert(io.open(name, "rb"))
print(f:read(3):byte(1, -1))
f:seek("set", 255)
print(f:read(3):byte(1, -1))
f:close()
os.remove(name)
