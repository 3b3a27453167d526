-- Capturing varargs with nil holes: use select('#') for the real count.
local function pack(...) return {n = select("#", ...), ...} end
local t = pack(nil, 2, nil)
print(t.n, t[1], t[2], t[3])
print(unpack(t, 1, t.n))
