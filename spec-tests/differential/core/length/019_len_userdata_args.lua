-- The __len metamethod of a userdata receives the userdata as first argument and nil as second (5.1).
local u = newproxy(true)
getmetatable(u).__len = function(a, b) return (a == u and 1 or 0) + (b == nil and 10 or 0) end
print(#u)
getmetatable(u).__len = function(...) return select("#", ...) end
print(#u)
