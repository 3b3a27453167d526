-- With no script arguments #arg is 0 and ... is empty.
print(#arg, select("#", ...), arg[1])
print(#arg == select("#", ...), arg.n)
local count = 0
for i = 1, #arg do count = count + 1 end
print(count)
