-- Method calls return multiple results too.
local obj = {}
function obj:pair() return self, "second" end
local a, b = obj:pair()
print(a == obj, b)
