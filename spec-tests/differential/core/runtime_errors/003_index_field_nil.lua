-- Uncaught: attempt to index field 'inner' (a nil value).
local t = {}
print("t exists:", type(t) == "table")
print(t.inner)
print(t.inner.value)
