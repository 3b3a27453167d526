-- closures and upvalues: counters, adders and composed functions
local function make_counter()
  local n = 0
  return function(step) n = n + step; return n end
end
local function compose(f, g) return function(x) return f(g(x)) end end
local total = 0
for round = 1, 3000 do
  local counters = {}
  for i = 1, 100 do counters[i] = make_counter() end
  for rep = 1, 200 do
    for i = 1, 100 do total = total + counters[i](i % 3) end
  end
  local inc = function(x) return x + round end
  local double = function(x) return x * 2 end
  local f = compose(inc, compose(double, inc))
  total = total + f(round)
end
print("checksum", total % 1000000007)
