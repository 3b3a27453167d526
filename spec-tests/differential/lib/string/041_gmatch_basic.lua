-- string.gmatch: words, captures, pairs
for w in ("one two  three"):gmatch("%a+") do io.write("[", w, "]") end
print()
for k, v in ("a=1, b=2, c=3"):gmatch("(%w+)=(%w+)") do io.write(k, "->", v, " ") end
print()
for pos in ("abcabc"):gmatch("()b") do io.write(pos, " ") end
print()
local it = ("x y"):gmatch("%a")
print(it(), it(), it(), it())
