-- gcinfo: returns a number (the KB in use), deterministic only in type
print(type(gcinfo()))
print(gcinfo() >= 0)
local kb = gcinfo() -- once: on the JVM the calls between two readings allocate
print(math.floor(kb) == kb)
print(select('#', gcinfo()))
print(gcinfo() <= collectgarbage("count") + 1)
