-- string.gfind: the 5.1 compatibility alias of gmatch
print(string.gfind == string.gmatch, type(string.gfind))
for w in string.gfind("a b c", "%a") do io.write(w, ";") end
print()
for k, v in string.gfind("x=1 y=2", "(%w)=(%w)") do io.write(k, v, ";") end
print()
