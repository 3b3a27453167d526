-- gmatch over patterns with sets, balanced and frontier items
local out = {}
for w in ("The quick, brown fox; jumps."):gmatch("%f[%a]%a+") do out[#out + 1] = w end
print(table.concat(out, "|"))
out = {}
for b in ("x(1)y(2(3))z"):gmatch("%b()") do out[#out + 1] = b end
print(table.concat(out, "|"))
out = {}
for k, v in ("a=1&bb=22&ccc=333"):gmatch("([^&=]+)=([^&=]+)") do out[#out + 1] = k .. ":" .. v end
print(table.concat(out, "|"))
