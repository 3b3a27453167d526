-- Arithmetic metamethods with a number on either side: the table may be the first or second operand.
local mt = {__add = function(a, b)
  local av = type(a) == "table" and "T" or tostring(a)
  local bv = type(b) == "table" and "T" or tostring(b)
  return av .. "+" .. bv
end}
local t = setmetatable({}, mt)
print(t + 1, 1 + t, t + t, "2" + t)
