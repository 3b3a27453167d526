-- chunk names in runtime errors and short_src are cut with a 60-byte buffer (LUA_IDSIZE)
for n = 42, 45 do
  local src = "error('e')" .. string.rep(" ", n - 10)
  local _, e = pcall(loadstring(src))
  print(n, e)
end
for n = 58, 61 do
  local _, e = pcall(loadstring("error('e')", "=" .. string.rep("n", n)))
  print(n, #e, e)
end
for n = 51, 54 do
  local f = loadstring("error('e')", "@" .. string.rep("f", n))
  local _, e = pcall(f)
  print(n, e, debug.getinfo(f, "S").short_src == e:match("^(.-):1:"))
end
