-- Upvalues of a loop body are closed correctly when the loop is left with break.
local fs = {}
for i = 1, 10 do
  local j = i * i
  fs[#fs + 1] = function() return j end
  if i == 3 then break end
end
print(#fs, fs[1](), fs[2](), fs[3]())
