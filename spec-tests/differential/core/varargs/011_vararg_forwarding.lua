-- Forwarding varargs through several levels keeps nils and counts.
local function inner(...) return select("#", ...), ... end
local function mid(...) return inner(...) end
local function outer(...) return mid(...) end
print(outer(nil, nil, 3, nil))
