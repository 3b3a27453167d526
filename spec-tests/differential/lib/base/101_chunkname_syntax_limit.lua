-- chunk names in syntax errors are cut with an 80-byte buffer (lexer MAXSRC), around each boundary
for n = 61, 65 do
  local _, e = loadstring(string.rep("y", n - 1) .. "=")
  print(n, e)
end
for n = 78, 81 do
  local _, e = loadstring("x=", "=" .. string.rep("n", n))
  print(n, #e, e)
end
for n = 70, 74 do
  local _, e = loadstring("x=", "@" .. string.rep("f", n))
  print(n, e)
end
