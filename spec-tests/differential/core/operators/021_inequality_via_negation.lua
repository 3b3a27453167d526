-- a > b is b < a and a >= b is b <= a (observable with __lt/__le order).
local log = {}
local mt = {__lt = function(a, b) log[#log + 1] = a.n .. "<" .. b.n return a.n < b.n end,
            __le = function(a, b) log[#log + 1] = a.n .. "<=" .. b.n return a.n <= b.n end}
local x, y = setmetatable({n = "x"}, mt), setmetatable({n = "y"}, mt)
print(x < y, x > y, x <= y, x >= y)
print(table.concat(log, " "))
