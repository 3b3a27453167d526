-- Locals inside repeat are fresh per iteration and visible to until.
local fs = {}
local n = 0
repeat
  n = n + 1
  local mine = n * 2
  fs[n] = function() return mine end
until mine >= 6
print(#fs, fs[1](), fs[2](), fs[3]())
