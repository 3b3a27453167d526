-- string.gmatch: empty matches advance one character
local n = 0
for m in ("abc"):gmatch("") do n = n + 1 end
print(n)
local out = {}
for m in ("abc"):gmatch("x*") do out[#out + 1] = "<" .. m .. ">" end
print(table.concat(out))
out = {}
for a, b in ("abc"):gmatch("()(%a?)") do out[#out + 1] = a .. ":" .. b end
print(table.concat(out, " "))
out = {}
for m in ("a1b22c333"):gmatch("%d*") do out[#out + 1] = "<" .. m .. ">" end
print(table.concat(out))
