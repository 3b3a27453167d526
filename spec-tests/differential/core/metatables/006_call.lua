-- __call receives the called object followed by the arguments.
local obj = setmetatable({name = "obj"}, {__call = function(self, a, b, ...)
  return self.name, a, b, select("#", ...)
end})
print(obj(1, 2, 3, 4))
print(obj())
print(pcall(setmetatable({}, {}), 1))
