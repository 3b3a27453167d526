-- .. is right associative (observable through __concat).
local mt = {}
local function wrap(s) return setmetatable({s = s}, mt) end
mt.__concat = function(a, b)
  local as = type(a) == "table" and a.s or a
  local bs = type(b) == "table" and b.s or b
  return wrap("(" .. as .. "." .. bs .. ")")
end
local r = wrap("a") .. wrap("b") .. wrap("c")
print(r.s)
print("x" .. "y" .. "z", 1 .. 2 .. 3)
