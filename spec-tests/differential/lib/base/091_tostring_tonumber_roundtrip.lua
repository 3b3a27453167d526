-- tostring/tonumber round trip for values exactly representable in 14 digits
local vals = {0, 1, -1, 0.5, 0.25, 1e-10, 123.456, 1e100, -98765.4321, 2^40, 1/1024}
for _, v in ipairs(vals) do
  print(v, tonumber(tostring(v)) == v)
end
print(tonumber(tostring(1/3)) == 1/3)
