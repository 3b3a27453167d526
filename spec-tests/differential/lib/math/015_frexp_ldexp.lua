-- math.frexp/ldexp: mantissa in [0.5, 1), exponent; inverse relationship
for _, v in ipairs({1, 0.5, 8, -3, 0.1, 1e300, 5e-324, 0}) do
  local m, e = math.frexp(v)
  print(v, m, e, math.ldexp(m, e) == v)
end
print(math.ldexp(1, 10), math.ldexp(0.5, -1), math.ldexp(3, 0), math.ldexp(1, 1024), math.ldexp(1, -1075))
print(math.ldexp(1, 2.9))
print(pcall(function() return math.ldexp(1) end))
