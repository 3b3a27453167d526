-- A call result can be indexed and assigned to, but not assigned directly.
local store = {}
local function get() return store end
get().x = 5
get()["y"] = 6
print(store.x, store.y)
print(loadstring("get() = 1"))
print(loadstring("(a) = 1"))
print(loadstring("a.b:c() = 1"))
