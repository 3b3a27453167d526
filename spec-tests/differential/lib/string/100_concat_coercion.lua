-- the .. operator coerces numbers with %.14g; strings and numbers only
print(1 .. 2, 1.5 .. "", -0.0 .. "", 1e100 .. "", 2^63 .. "")
print(pcall(function() return "a" .. {} end))
print(pcall(function() return "a" .. nil end))
print(pcall(function() return true .. "a" end))
