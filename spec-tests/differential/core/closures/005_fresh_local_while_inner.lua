-- Locals declared inside a while body are fresh per iteration; an outer local is shared.
local fs, shared = {}, 0
local i = 0
while i < 3 do
  i = i + 1
  local inner = i
  fs[i] = function() inner = inner + 100; shared = shared + 1 return inner, shared end
end
print(fs[1]())
print(fs[1]())
print(fs[2]())
print(fs[3]())
