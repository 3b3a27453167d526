-- Assignment to nested fields and through chained indexing.
local t = {a = {b = {c = 1}}}
t.a.b.c = 2
t.a["b"].d = 3
t["a"].e = {}
t.a.e[1] = "x"
print(t.a.b.c, t.a.b.d, t.a.e[1])
