-- gsub function receives the whole match when the pattern has no captures
local seen = {}
("a1 b22 c333"):gsub("%a%d+", function(m, extra) seen[#seen + 1] = m .. "/" .. tostring(extra) end)
print(table.concat(seen, " "))
seen = {}
("k=v"):gsub("(%w)=(%w)", function(...) seen[#seen + 1] = select('#', ...) end)
print(seen[1])
