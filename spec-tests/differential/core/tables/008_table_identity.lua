-- Tables are reference values.
local a = {}
local b = a
b.x = 1
print(a.x, a == b, {} == {})
local function mutate(t) t.y = 2 end
mutate(a)
print(b.y)
