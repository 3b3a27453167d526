-- load: a reader returning nil immediately gives an empty chunk; returning "" too
local f = load(function() return nil end)
print(type(f), select('#', f()))
f = load(function() return "" end)
print(type(f), select('#', f()))
