-- read("*l"): strips newlines, empty lines, last line without newline, nil at EOF
local name = os.tmpname()
local f = assert(io.open(name, "w"))
f:write("one\n\nthree\r\nfour")
f:close()
f = assert(io.open(name))
for i = 1, 5 do
  local l = f:read("*l")
  print(i, l and string.format("%q", l) or l)
end
f:close()
os.remove(name)
