-- Functions as fields, and method-call sugar on tables.
local obj = {n = 0, inc = function(self, d) self.n = self.n + (d or 1) return self end}
obj:inc():inc(5)
print(obj.n)
function obj.get(self) return self.n end
function obj:double() return self.n * 2 end
print(obj:get(), obj.double(obj))
