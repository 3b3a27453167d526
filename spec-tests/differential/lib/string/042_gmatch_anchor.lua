-- string.gmatch: in 5.1 a leading '^' is not an anchor in gmatch; it matches a literal '^'
local out = {}
for m in ("^a^b"):gmatch("^.") do out[#out + 1] = m end
print(#out, table.concat(out, ","))
out = {}
for m in ("hello"):gmatch("^h") do out[#out + 1] = m end
print(#out, table.concat(out, ","))
out = {}
for m in ("aaa"):gmatch("a$") do out[#out + 1] = m end
print(#out, table.concat(out, ","))
