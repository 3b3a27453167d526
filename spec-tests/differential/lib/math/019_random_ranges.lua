-- math.random: result ranges and types only (no values printed)
local ok = true
for i = 1, 1000 do
  local r = math.random()
  if not (r >= 0 and r < 1) then ok = false end
  local a = math.random(6)
  if not (a >= 1 and a <= 6 and a == math.floor(a)) then ok = false end
  local b = math.random(-3, 3)
  if not (b >= -3 and b <= 3 and b == math.floor(b)) then ok = false end
  local c = math.random(5, 5)
  if c ~= 5 then ok = false end
end
print(ok, type(math.random()), math.random(1, 1), math.random(1))
