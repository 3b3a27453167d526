-- trigonometric identities evaluated at a few points
for _, x in ipairs({0.1, 0.5, 1, 2, 3}) do
  local s, c = math.sin(x), math.cos(x)
  print(x, string.format("%.10f", s * s + c * c), math.abs(math.tan(x) - s / c) < 1e-12)
end
print(math.asin(math.sin(0.5)), math.acos(math.cos(0.5)), math.atan(math.tan(0.5)))
