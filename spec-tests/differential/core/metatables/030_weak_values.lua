-- __mode = "v": values only referenced from the weak table disappear after a collection.
local cache = setmetatable({}, {__mode = "v"})
local keep = {}
cache.a = keep
cache.b = {}
cache.c = "strings are not collectable"
collectgarbage()
print(cache.a == keep, cache.b, cache.c)
