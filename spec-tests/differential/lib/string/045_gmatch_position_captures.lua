-- string.gmatch: position captures and nested captures
for a, b, c in ("key=val;k2=v2"):gmatch("()(%w+)=(%w+)") do print(a, b, c) end
for whole, inner in ("(a(b)c) (d)"):gmatch("(%((%a)%))") do print(whole, inner) end
for p1, w, p2 in ("ab cd"):gmatch("()(%a+)()") do print(p1, w, p2) end
local n = 0
for p in ("aaa"):gmatch("()") do n = n + 1 end
print(n)
