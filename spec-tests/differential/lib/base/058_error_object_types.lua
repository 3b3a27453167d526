-- pcall returns error objects of every type unchanged
local values = {true, false, 0, 1.5, "s", print}
for i, v in ipairs(values) do
  local ok, e = pcall(error, v)
  print(i, ok, type(e), e == v)
end
local t, co = {}, coroutine.create(function() end)
print(select(2, pcall(error, t)) == t, select(2, pcall(error, co)) == co)
