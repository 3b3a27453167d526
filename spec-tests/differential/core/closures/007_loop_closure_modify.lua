-- A closure can modify its own copy of the loop variable without affecting iteration.
local fs = {}
for i = 1, 3 do
  fs[#fs + 1] = function() i = i + 10 return i end
end
print(fs[1](), fs[1](), fs[2](), fs[3]())
