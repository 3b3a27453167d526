-- function a.b.c:m() defines a method on a nested table.
local a = {b = {c = {v = 42}}}
function a.b.c:m(x) return self.v + x end
function a.b.f(x) return x * 2 end
print(a.b.c:m(1), a.b.f(4))
