-- Index expressions on the left are evaluated before the assignment happens.
local t = {}
local function key(k) io.write("key ", k, "; ") return k end
local function val(v) io.write("val ", v, "; ") return v end
t[key("a")] = val(1)
print()
print(t.a)
