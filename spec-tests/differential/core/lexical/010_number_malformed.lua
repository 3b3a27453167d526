-- Malformed numerals are syntax errors.
for _, src in ipairs{"return 3x", "return 0x", "return 1e", "return 1..2", "return 0xfg", "return 3.4.5"} do
  print(src, loadstring(src))
end
print(loadstring("return 1e+") == nil, loadstring("return 2.e3")())
