-- string.format %g with precision 0..17 on a few values
local f = string.format
for p = 0, 17 do
  print(p, f("%." .. p .. "g", math.pi), f("%." .. p .. "g", 1e5), f("%." .. p .. "g", 0.1))
end
