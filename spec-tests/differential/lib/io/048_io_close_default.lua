-- io.close() without arguments closes the default output file
local name = os.tmpname()
local f = io.output(name)
print(io.type(f), f == io.output())
print(io.close())
print(io.type(f))
io.output(io.stdout)
os.remove(name)
