-- Upvalues still open in one function are shared with closures made in a loop.
local fs = {}
local total = 0
for i = 1, 3 do
  fs[i] = function(d) total = total + d * i return total end
end
print(fs[1](1), fs[2](1), fs[3](1), total)
