-- Fields of a constructor are evaluated in order.
local log = {}
local function v(x) log[#log + 1] = tostring(x) return x end
local t = {v(1), [v("k")] = v("val"), v(2), n = v(3)}
print(table.concat(log, " "))
print(t[1], t[2], t.k, t.n)
