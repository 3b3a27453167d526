-- gcinfo: returns a number (the KB in use), deterministic only in type
print(type(gcinfo()))
print(gcinfo() >= 0)
print(math.floor(gcinfo()) == gcinfo())
print(select('#', gcinfo()))
print(gcinfo() <= collectgarbage("count") + 1)
