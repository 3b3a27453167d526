-- table.remove on a table whose length is 0 but has hash keys returns nothing
local t = {x = 1, [0] = "zero"}
print(select('#', table.remove(t)), t[0], t.x)
print(select('#', table.remove(t, 0)), t[0])
print(select('#', table.remove({}, 0)))
print(select('#', table.remove({n = 3})))
