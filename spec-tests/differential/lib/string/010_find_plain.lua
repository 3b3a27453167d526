-- string.find with plain = true: special characters are literal
local s = "a.b*c+d?e[f]g%h(i)j^k$l"
for _, p in ipairs({".", "*", "+", "?", "[", "]", "%", "(", ")", "^", "$", "a.b", "l", "x"}) do
  print(p, s:find(p, 1, true))
end
print(s:find("", 1, true))
print(s:find("", 100, true))
print(("aaa"):find("aa", 2, true))
print(("abc"):find("c", -1, true))
