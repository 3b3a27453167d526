-- obj:m(...) passes obj as self; the receiver expression is evaluated once.
local count = 0
local obj = {v = 7}
function obj:get(x) return self.v + (x or 0) end
local function getobj() count = count + 1 return obj end
print(getobj():get(1), count)
print(obj.get({v = 100}, 1))
