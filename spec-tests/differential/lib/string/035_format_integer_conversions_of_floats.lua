-- string.format: integer conversions truncate floats toward zero
local f = string.format
for _, v in ipairs({0.5, -0.5, 1.999, -1.999, 1e10 + 0.5, 255.9}) do
  print(v, f("%d", v), f("%x", v), f("%o", v), f("%c", 65 + v % 1))
end
