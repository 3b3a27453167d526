-- select('#', ...) counts trailing nils too.
local function n(...) return select("#", ...) end
print(n(), n(nil), n(nil, nil), n(1, nil, 3, nil), n(...))
local function last_is_nil(...) return select(select("#", ...), ...) == nil end
print(last_is_nil(1, nil), last_is_nil(nil, 1))
