-- Parameters are locals that closures can capture.
local function adder(x) return function(y) return x + y end end
local add5 = adder(5)
print(add5(1), add5(10), adder(-1)(1))
local function scale(k) return function(t) local r = {} for i, v in ipairs(t) do r[i] = v * k end return r end end
print(unpack(scale(3)({1, 2, 3})))
