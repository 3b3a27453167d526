-- module(): a non-table global with the same name is a conflict
taken = 5
print(pcall(module, "taken"))
other = {existing = true}
local f = function() module("other") return _M end
local m = f()
print(m == other, m.existing, m._NAME)
nest = {a = 1}
print(pcall(module, "nest.a.b"))
