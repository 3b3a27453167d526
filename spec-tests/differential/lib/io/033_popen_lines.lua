-- io.popen output iterated with lines
local p = assert(io.popen("printf '1\\n2\\n3\\n'"))
local sum = 0
for l in p:lines() do sum = sum + tonumber(l) end
p:close()
print(sum)
