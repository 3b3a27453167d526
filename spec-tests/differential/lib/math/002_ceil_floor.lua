-- math.ceil/floor: fractions, negatives, -0.5, large values, infinities
for _, v in ipairs({1.5, -1.5, 0.5, -0.5, 2, -2, 1e15 + 0.5, 2^53, -2^53, 0.99999999999999}) do
  print(v, math.floor(v), math.ceil(v))
end
print(math.floor(1/0), math.ceil(-1/0))
print(math.floor("3.7"), math.ceil("3.2"))
print(pcall(function() return math.floor() end))
print(pcall(function() return math.ceil(nil) end))
