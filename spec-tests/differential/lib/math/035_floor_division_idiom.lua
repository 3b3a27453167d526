-- integer division idioms with math.floor for mixed signs
for _, p in ipairs({{7, 2}, {-7, 2}, {7, -2}, {-7, -2}, {0, 3}, {6.5, 2}}) do
  local a, b = p[1], p[2]
  print(a, b, math.floor(a / b), a % b, math.floor(a / b) * b + a % b == a)
end
