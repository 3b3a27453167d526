-- read("*n"): integers, decimals, exponents, signs, leading spaces, failure returns nil
local name = os.tmpname()
local f = assert(io.open(name, "w"))
f:write("  42 3.5\n-7e2\t+8 .25 1e-2 0010\n123abc")
f:close()
f = assert(io.open(name))
for i = 1, 8 do io.write(tostring(f:read("*n")), " ") end
print()
print(f:read("*n"), f:read("*l"))
print(f:read("*n"))
f:close()
os.remove(name)
