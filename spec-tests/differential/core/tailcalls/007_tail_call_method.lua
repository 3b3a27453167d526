-- Tail calls through methods and closures.
local obj = {n = 0}
function obj:count(k) if k == 0 then return self.n end self.n = self.n + 1 return self:count(k - 1) end
print(obj:count(200000))
print(obj:count(0), obj.n)
