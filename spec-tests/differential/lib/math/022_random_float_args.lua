-- math.random with fractional bounds truncates them
local ok = true
for i = 1, 200 do
  local v = math.random(2.9)
  if v < 1 or v > 2 then ok = false end
  local w = math.random(1.5, 3.9)
  if w < 1 or w > 3 then ok = false end
end
print(ok)
