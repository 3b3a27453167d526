-- unpack and table constructor round trip
local t = {"x", "y", "z"}
local c = {unpack(t)}
print(#c, table.concat(c))
local function pack(...) return {n = select('#', ...), ...} end
local p = pack(nil, 2, nil)
print(p.n, p[1], p[2], p[3])
