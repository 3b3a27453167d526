-- method calls through metatables: a small class hierarchy
local Point = {}
Point.__index = Point
function Point.new(x, y) return setmetatable({x = x, y = y}, Point) end
function Point:add(o) return Point.new(self.x + o.x, self.y + o.y) end
function Point:dot(o) return self.x * o.x + self.y * o.y end
local Point3 = setmetatable({}, {__index = Point})
Point3.__index = Point3
function Point3.new(x, y, z) local p = Point.new(x, y) p.z = z return setmetatable(p, Point3) end
function Point3:dot(o) return Point.dot(self, o) + self.z * (o.z or 0) end
local acc = Point.new(0, 0)
local sum = 0
for i = 1, 3200000 do
  local p = Point3.new(i % 7, i % 11, i % 13)
  acc = acc:add(p)
  sum = sum + p:dot(p)
end
print("checksum", acc.x, acc.y, sum)
