-- __metatable may hold any value; getmetatable returns it verbatim
for _, v in ipairs({0, "s", true}) do
  local t = setmetatable({}, {__metatable = v})
  print(getmetatable(t))
end
local mark = {}
print(getmetatable(setmetatable({}, {__metatable = mark})) == mark)
