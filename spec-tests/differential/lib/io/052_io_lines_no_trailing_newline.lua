-- io.lines with CRLF, empty lines and no trailing newline
local name = os.tmpname()
local f = assert(io.open(name, "w"))
f:write("a\r\n\nb\n\n\nc")
f:close()
for l in io.lines(name) do io.write(string.format("%q ", l)) end
print()
os.remove(name)
