-- Two functions with different environments do not see each other's globals.
local e1, e2 = {}, {}
local f1 = setfenv(function() shared = "from f1" return shared end, e1)
local f2 = setfenv(function() return shared end, e2)
print(f1(), f2(), e1.shared, e2.shared)
