-- io.open with the b flag behaves like text mode on POSIX
local name = os.tmpname()
for _, m in ipairs({"wb", "ab", "rb", "r+b", "w+b", "a+b"}) do
  local f, err = io.open(name, m)
  print(m, io.type(f), err)
  if f then f:close() end
end
local f = assert(io.open(name, "wb"))
f:write("a\r\nb\n")
f:close()
f = assert(io.open(name, "rb"))
local s = f:read("*a")
print(#s, s:byte(1, -1))
f:close()
os.remove(name)
